package org.backspasm.ui.reminders;

import java.time.Instant;
import java.util.Optional;
import org.backspasm.core.companion.ReminderKind;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.ReminderDone;
import org.backspasm.core.journal.WalkRecord;
import org.backspasm.core.journal.WalkSource;

/** What a reminder's "done" writes in the journal. */
final class ReminderEntries {
    /** The context of a pain rating given from the reminder. */
    static final String RATING_CONTEXT = "reminder";

    private ReminderEntries() {
    }

    static Optional<JournalEntry> done(ReminderKind kind, Instant at) {
        return switch (kind) {
            case WALK -> Optional.of(new WalkRecord(at, null, WalkSource.REMINDER_DONE));
            case SITTING, HYDRATION -> Optional.of(new ReminderDone(at, kind.name()));
            case ROUTINE, PAIN_RATING -> Optional.empty(); // their own records: the session, the rating
        };
    }
}
