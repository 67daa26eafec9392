package org.backspasm.core.journal;

import java.time.Instant;
import java.util.Objects;

/**
 * A pain score from 0 (no pain) to 10 (worst imaginable), with an optional note and what prompted it. Identified by
 * all four (see {@link EntryIds}).
 */
public record PainRating(String id, Instant at, int score, String note, String context) implements JournalEntry {
    public static final int MIN = 0;
    public static final int MAX = 10;

    public PainRating {
        Objects.requireNonNull(at, "at");
        if (score < MIN || score > MAX) {
            throw new IllegalArgumentException("A pain score is from 0 to 10, not " + score + ".");
        }
        note = note == null ? "" : note.strip();
        context = context == null ? "" : context;
        id = EntryIds.orDerived(id, "PainRating", at, score, note, context);
    }

    /** A new rating, with its id derived from its content. */
    public PainRating(Instant at, int score, String note, String context) {
        this(null, at, score, note, context);
    }
}
