package org.backspasm.core.journal;

import java.time.Instant;
import java.util.Objects;

/**
 * A pain score from 0 (no pain) to 10 (worst imaginable), with an optional note and what prompted it. A rating taken
 * just before or after ice, heat, a routine or a walk says which ({@code activity} and {@code moment}, both null for
 * an ordinary rating and in journals written before they existed).
 */
public record PainRating(Instant at, int score, String note, String context, RatedActivity activity,
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
    }

    /** An ordinary rating, not around an activity. */
    public PainRating(Instant at, int score, String note, String context) {
        this(at, score, note, context, null, null);
    }

    /** A one-tap rating just before or after an activity. */
    public static PainRating around(Instant at, int score, RatedActivity activity, RatingMoment moment) {
        return new PainRating(at, score, "", "", Objects.requireNonNull(activity), Objects.requireNonNull(moment));
    }

    /** True for a rating taken before or after an activity. */
    public boolean aroundActivity() {
        return activity != null;
    }

    @Override
    public String summary() {
        String around = activity == null ? ""
                : moment == RatingMoment.BEFORE ? " (before: " + activity.label().toLowerCase() + ")"
                : moment == RatingMoment.AFTER ? " (after: " + activity.label().toLowerCase() + ")" : "";
        return "Pain " + score + "/10" + around + (note.isEmpty() ? "" : ": " + note);
    }
}
