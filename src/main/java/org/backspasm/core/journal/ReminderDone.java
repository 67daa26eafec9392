package org.backspasm.core.journal;

import java.time.Instant;
import java.util.Objects;

/**
 * A reminder answered "done" that has no record of its own: {@code "SITTING"} (stood up after sitting) or
 * {@code "HYDRATION"} (had a drink). A walk is a {@code WalkRecord}, a rating a {@link PainRating}. Identified by
 * when and which (see {@link EntryIds}).
 */
public record ReminderDone(String id, Instant at, String reminder) implements JournalEntry {
    public ReminderDone {
        Objects.requireNonNull(at, "at");
        reminder = reminder == null ? "" : reminder;
        id = EntryIds.orDerived(id, "ReminderDone", at, reminder);
    }

    /** A new entry, with its id derived from its content. */
    public ReminderDone(Instant at, String reminder) {
        this(null, at, reminder);
    }
}
