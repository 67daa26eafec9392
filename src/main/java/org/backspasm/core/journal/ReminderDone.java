package org.backspasm.core.journal;

import java.time.Instant;
import java.util.Objects;

/**
 * A reminder answered "done" that has no record of its own: {@code "SITTING"} (stood up after sitting) or
 * {@code "HYDRATION"} (had a drink). A walk is a {@code WalkRecord}, a rating a {@link PainRating}.
 */
public record ReminderDone(Instant at, String reminder) implements JournalEntry {
    public ReminderDone {
        Objects.requireNonNull(at, "at");
        reminder = reminder == null ? "" : reminder;
    }

    @Override
    public String summary() {
        return switch (reminder) {
            case "SITTING" -> "Stood up after sitting (reminder)";
            case "HYDRATION" -> "Had a drink (reminder)";
            default -> "Reminder done";
        };
    }
}
