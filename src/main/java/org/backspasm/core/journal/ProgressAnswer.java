package org.backspasm.core.journal;

import java.time.Instant;
import java.util.Objects;

/** The user's own answer to "Compared with the start, is your back…?", for follow-up when there are no ratings. */
public record ProgressAnswer(Instant at, Progress answer) implements JournalEntry {
    public ProgressAnswer {
        Objects.requireNonNull(at, "at");
        answer = answer == null ? Progress.UNKNOWN : answer;
    }

    @Override
    public String summary() {
        return "Compared with the start: " + answer.label();
    }
}
