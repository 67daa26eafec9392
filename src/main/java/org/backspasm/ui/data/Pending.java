package org.backspasm.ui.data;

import java.util.List;

/** What waits for the user's yes: ratings to add from a file, or a backup to restore. */
public sealed interface Pending permits Pending.Ratings, Pending.Restore {

    /**
     * An import's preview: every row with its line number, to add or to skip.
     *
     * @param problem why nothing could be read from the file, or null
     */
    record Ratings(String file, String reading, List<Row> rows, int adding, int skipping, String problem)
            implements Pending {
        public Ratings {
            rows = List.copyOf(rows);
        }
    }

    /** One row of the preview, in words. */
    record Row(long line, boolean adds, String text) {
    }

    /** A backup checked whole and ready to restore: when it was made and what it holds, in words. */
    record Restore(String title, String details) implements Pending {
    }
}
