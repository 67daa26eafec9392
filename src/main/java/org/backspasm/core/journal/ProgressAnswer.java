package org.backspasm.core.journal;

import java.time.Instant;
import java.util.Objects;

/**
 * The user's own answer to "Compared with the start, is your back…?", for follow-up when there are no ratings.
 * Identified by both (see {@link EntryIds}).
 */
public record ProgressAnswer(String id, Instant at, Progress answer) implements JournalEntry {
    public ProgressAnswer {
        Objects.requireNonNull(at, "at");
        answer = answer == null ? Progress.UNKNOWN : answer;
        id = EntryIds.orDerived(id, "ProgressAnswer", at, answer);
    }

    /** A new answer, with its id derived from its content. */
    public ProgressAnswer(Instant at, Progress answer) {
        this(null, at, answer);
    }
}
