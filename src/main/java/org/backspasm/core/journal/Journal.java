package org.backspasm.core.journal;

import java.util.List;
import java.util.function.Consumer;

/**
 * The journal as the features see it: what happened so far, adding an entry, and hearing of each entry added
 * (possibly from another thread). The store implements it; tests may pass a list.
 */
public interface Journal {
    List<JournalEntry> entries();

    void append(JournalEntry entry);

    void onAppend(Consumer<JournalEntry> listener);

    /**
     * Adds many entries at once (an import): all of them reach the file or none do. They are heard by
     * {@link #onAppendAll} listeners only, never one by one as new entries (old ratings must not prompt anything).
     */
    default void appendAll(List<JournalEntry> batch) {
        throw new UnsupportedOperationException("this journal takes entries one at a time");
    }

    /** Called after every {@link #appendAll}, with the whole batch, on the appending thread. */
    default void onAppendAll(Consumer<List<JournalEntry>> listener) {
    }
}
