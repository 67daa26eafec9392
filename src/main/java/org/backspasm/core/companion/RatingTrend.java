package org.backspasm.core.companion;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.journal.RatingMoment;

/**
 * The user's pain in the first days of the episode against their pain lately (CLINICAL-FACTS 6, FARRAR2001: a fall
 * of about 2 points or 30 % on the 0–10 scale is what people call much better). The first days are the first
 * 72 hours after the onset; lately is the last 3 days (after the first days); each is the median of its ratings. A
 * rating taken just after ice, heat, a routine or a walk ("What helps you") is left out: it tells of that moment's
 * relief, not of how the back is going.
 */
public record RatingTrend(double firstDays, double lately) {
    public static final Duration FIRST_DAYS = Duration.ofHours(72);
    public static final Duration LATELY = Duration.ofDays(3);
    public static final double POINTS = 2;
    public static final double SHARE = 0.30;

    /** Fallen by 2 points or more, or by 30 % or more. */
    public boolean fallen() {
        double fall = firstDays - lately;
        return fall >= POINTS || (firstDays > 0 && fall >= SHARE * firstDays - 1e-9);
    }

    /** Both medians from the ratings, or empty when either part has none. */
    public static Optional<RatingTrend> of(Instant onset, List<JournalEntry> entries, Instant now) {
        Instant firstEnd = onset.plus(FIRST_DAYS);
        Instant latelyStart = now.minus(LATELY);
        List<Integer> first = new ArrayList<>();
        List<Integer> recent = new ArrayList<>();
        for (JournalEntry e : entries) {
            if (!(e instanceof PainRating r) || r.at().isBefore(onset) || r.at().isAfter(now)
                    || r.moment() == RatingMoment.AFTER) { // just after ice, heat, a routine or a walk: not the trend
                continue;
            }
            if (r.at().isBefore(firstEnd)) {
                first.add(r.score());
            } else if (!r.at().isBefore(latelyStart)) {
                recent.add(r.score());
            }
        }
        if (first.isEmpty() || recent.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RatingTrend(Median.of(first), Median.of(recent)));
    }

    /** The latest rating in the last {@code within} before now, after the onset. */
    public static Optional<PainRating> latest(Instant onset, List<JournalEntry> entries, Instant now,
            Duration within) {
        PainRating latest = null;
        for (JournalEntry e : entries) {
            if (e instanceof PainRating r && !r.at().isBefore(onset) && !r.at().isAfter(now)
                    && !r.at().isBefore(now.minus(within)) && (latest == null || !r.at().isBefore(latest.at()))) {
                latest = r;
            }
        }
        return Optional.ofNullable(latest);
    }
}
