package org.backspasm.core.journal;

import java.util.Locale;

import java.time.Instant;

/**
 * One thing that happened, as kept in the append-only journal. The set of kinds is closed: the store maps each
 * permitted record to a "type" name in the file (its simple class name), so adding a kind means adding it here.
 */
public sealed interface JournalEntry
        permits PainRating, EpisodeEvent, TherapySegmentRecord, StretchSessionRecord, WarningSignCheckRecord,
        WalkRecord, ProgressAnswer, ReminderDone {

    /**
     * The entry's stable id (see {@link EntryIds}): the same in every copy of the journal, so copies merge without
     * doubling, and appending an entry whose id is already there changes nothing.
     */
    String id();

    /** When it happened (for a session: when it ended). */
    Instant at();

    /** A short line for lists, in the language of the locale. */
    default String summary(Locale locale) {
        return JournalWords.summary(this, locale);
    }

    /** The same line in English. */
    default String summary() {
        return summary(Locale.UK);
    }
}
