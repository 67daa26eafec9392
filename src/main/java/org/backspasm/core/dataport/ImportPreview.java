package org.backspasm.core.dataport;

import java.util.List;
import org.backspasm.core.journal.PainRating;

/**
 * What an import of pain ratings would do, before anything is written: every row it will add and every row it will
 * skip, each with its line number in the file (the first line is 1) and, for a skip, the reason in plain words.
 *
 * @param reading how the file was read (which columns, which date order), for the user to check; empty if unread
 * @param problem why nothing at all could be read from the file, or null
 */
public record ImportPreview(List<Added> toAdd, List<Skipped> skipped, String reading, String problem) {
    public ImportPreview {
        toAdd = List.copyOf(toAdd);
        skipped = List.copyOf(skipped);
        reading = reading == null ? "" : reading;
    }

    /** A row that becomes a pain rating. */
    public record Added(long line, PainRating rating) {
    }

    /** A row left out, and why. */
    public record Skipped(long line, String reason) {
    }

    static ImportPreview unreadable(String problem) {
        return new ImportPreview(List.of(), List.of(), "", problem);
    }

    public List<PainRating> ratings() {
        return toAdd.stream().map(Added::rating).toList();
    }

    public boolean hasWork() {
        return !toAdd.isEmpty();
    }
}
