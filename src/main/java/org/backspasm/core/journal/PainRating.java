package org.backspasm.core.journal;

import java.time.Instant;
import java.util.Objects;

/**
 * A pain score from 0 (no pain) to 10 (worst imaginable), with an optional note and what prompted it. Identified by
 * at, score, note and context (see {@link EntryIds}). A rating taken just before or after ice, heat, a routine or a
 * walk says which ({@code activity} and {@code moment}, both null for an ordinary rating and in journals written
 * before they existed; they do not join the identity).
 */
public record PainRating(String id, Instant at, int score, String note, String context, RatedActivity activity,
        RatingMoment moment) implements JournalEntry {
    public static final int MIN = 0;
    public static final int MAX = 10;

    public PainRating {
        Objects.requireNonNull(at, "at");
        if (score < MIN || score > MAX) {
            throw new IllegalArgumentException("A pain score is from 0 to 10, not " + score + ".");
        }
        note = note == null ? "" : note.strip();
        context = context == null ? "" : context;
        if (activity != null && moment == null) {
            moment = RatingMoment.UNKNOWN;
        }
        id = EntryIds.orDerived(id, "PainRating", at, score, note, context);
    }

    /** A rating with a known id, not around an activity. */
    public PainRating(String id, Instant at, int score, String note, String context) {
        this(id, at, score, note, context, null, null);
    }

    /** A new rating, with its id derived from its content. */
    public PainRating(Instant at, int score, String note, String context) {
        this(null, at, score, note, context);
    }

    /** A new one-tap rating just before or after an activity. */
    public static PainRating around(Instant at, int score, RatedActivity activity, RatingMoment moment) {
        return new PainRating(null, at, score, "", "", Objects.requireNonNull(activity),
                Objects.requireNonNull(moment));
    }

    /** True for a rating taken before or after an activity. */
    public boolean aroundActivity() {
        return activity != null;
    }
}
