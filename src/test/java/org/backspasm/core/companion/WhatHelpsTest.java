package org.backspasm.core.companion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.journal.RatedActivity;
import org.backspasm.core.journal.RatingMoment;
import org.junit.jupiter.api.Test;

/** Before/after pairs per activity: count and median change; unpaired or far-apart ratings are left out. */
class WhatHelpsTest {
    private static final Instant T = Instant.parse("2026-11-10T09:00:00Z");

    private static PainRating r(long minutes, int score, RatedActivity a, RatingMoment m) {
        return PainRating.around(T.plus(Duration.ofMinutes(minutes)), score, a, m);
    }

    @Test
    void pairsPerActivityWithTheirCountAndMedianChange() {
        List<JournalEntry> journal = List.of(
                r(0, 7, RatedActivity.HEAT, RatingMoment.BEFORE),
                r(25, 5, RatedActivity.HEAT, RatingMoment.AFTER),
                r(60, 6, RatedActivity.WALK, RatingMoment.BEFORE),
                r(70, 6, RatedActivity.WALK, RatingMoment.AFTER),
                r(300, 6, RatedActivity.HEAT, RatingMoment.BEFORE),
                r(330, 5, RatedActivity.HEAT, RatingMoment.AFTER),
                r(600, 5, RatedActivity.HEAT, RatingMoment.BEFORE),
                r(620, 2, RatedActivity.HEAT, RatingMoment.AFTER),
                new PainRating(T, 4, "", ""), // an ordinary rating is no part of it
                r(700, 5, RatedActivity.ICE, RatingMoment.AFTER)); // an after without a before
        List<ActivitySummary> s = WhatHelps.summarise(journal);
        assertEquals(List.of(RatedActivity.HEAT, RatedActivity.WALK), s.stream().map(ActivitySummary::activity).toList());
        assertEquals(3, s.get(0).count());
        assertEquals(-2.0, s.get(0).medianChange()); // -2, -1, -3
        assertEquals(List.of(7, 6, 5), s.get(0).pairs().stream().map(RatingPair::before).toList());
        assertEquals(0.0, s.get(1).medianChange());
    }

    @Test
    void aBeforeMoreThanThreeHoursEarlierIsNotPairedAndTheLatestBeforeIsUsed() {
        List<JournalEntry> journal = List.of(
                r(0, 8, RatedActivity.ROUTINE, RatingMoment.BEFORE),
                r(200, 6, RatedActivity.ROUTINE, RatingMoment.AFTER),
                r(300, 7, RatedActivity.ROUTINE, RatingMoment.BEFORE),
                r(310, 6, RatedActivity.ROUTINE, RatingMoment.BEFORE),
                r(330, 3, RatedActivity.ROUTINE, RatingMoment.AFTER));
        List<ActivitySummary> s = WhatHelps.summarise(journal);
        assertEquals(1, s.size());
        assertEquals(1, s.get(0).count());
        assertEquals(6, s.get(0).pairs().get(0).before());
        assertEquals(-3.0, s.get(0).medianChange());
        assertEquals(List.of("FARRAR2001"), WhatHelps.CAUTION.sources());
    }
}
