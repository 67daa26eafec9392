package org.backspasm.core.companion;

import java.time.Duration;

/**
 * Where an episode stands for the day plan and the follow-up (CLINICAL-FACTS 6): days 1–2, the rest of the first
 * week, weeks 2–6, after 6 weeks, and after 12 weeks (long-lasting; strictly over 12 weeks, as
 * {@link org.backspasm.core.episode.Phase#CHRONIC} counts it).
 */
public enum EpisodeStage {
    DAYS_1_2,
    FIRST_WEEK,
    WEEKS_2_TO_6,
    AFTER_6_WEEKS,
    AFTER_12_WEEKS;

    public static final Duration TWO_DAYS = Duration.ofDays(2);
    public static final Duration ONE_WEEK = Duration.ofDays(7);
    public static final Duration SIX_WEEKS = Duration.ofDays(42);
    public static final Duration TWELVE_WEEKS = Duration.ofDays(84);

    /** The stage for a time since onset (a negative time counts as zero). */
    public static EpisodeStage of(Duration sinceOnset) {
        if (sinceOnset.compareTo(TWO_DAYS) < 0) {
            return DAYS_1_2;
        }
        if (sinceOnset.compareTo(ONE_WEEK) < 0) {
            return FIRST_WEEK;
        }
        if (sinceOnset.compareTo(SIX_WEEKS) < 0) {
            return WEEKS_2_TO_6;
        }
        if (sinceOnset.compareTo(TWELVE_WEEKS) <= 0) {
            return AFTER_6_WEEKS;
        }
        return AFTER_12_WEEKS;
    }

    /** Day 1 is the first 24 hours after the onset. */
    public static long dayNumber(Duration sinceOnset) {
        return (sinceOnset.isNegative() ? 0 : sinceOnset.toDays()) + 1;
    }
}
