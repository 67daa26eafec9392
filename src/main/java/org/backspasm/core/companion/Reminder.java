package org.backspasm.core.companion;

import java.time.Instant;
import java.util.Objects;

/**
 * A reminder shown: its kind, the instant it fell due (its identity: a snoozed reminder shown again keeps it), when
 * it was shown, and whether it is the one catch-up after the app was closed or the computer slept.
 */
public record Reminder(ReminderKind kind, Instant dueAt, Instant shownAt, boolean catchUp) {
    public Reminder {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(shownAt, "shownAt");
    }
}
