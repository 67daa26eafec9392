package org.backspasm.core.companion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.journal.RatedActivity;
import org.backspasm.core.journal.RatingMoment;
import org.backspasm.core.journal.StretchOutcome;
import org.backspasm.core.journal.StretchSessionRecord;
import org.backspasm.core.journal.WalkRecord;
import org.backspasm.core.journal.WalkSource;
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
        assertEquals(List.of("FARRAR2001"), WhatHelps.CAUTION_SOURCES);
    }

    @Test
    void aBeforeIsOpenUntilItsAfterOrForThreeHoursAndOnlyForItsOwnActivity() {
        List<JournalEntry> journal = List.of(
                r(0, 6, RatedActivity.ICE, RatingMoment.BEFORE),
                r(5, 4, RatedActivity.WALK, RatingMoment.BEFORE));
        Instant at20 = T.plus(Duration.ofMinutes(20));
        assertEquals(6, WhatHelps.openBefore(journal, RatedActivity.ICE, at20).orElseThrow().score());
        assertTrue(WhatHelps.openBefore(journal, RatedActivity.HEAT, at20).isEmpty(), "no heat before");
        assertTrue(WhatHelps.openBefore(journal, RatedActivity.ICE, T.plus(Duration.ofMinutes(181))).isEmpty(),
                "three hours later it would pair with nothing");
        assertTrue(WhatHelps.openBefore(journal, RatedActivity.ICE, T.minus(Duration.ofMinutes(1))).isEmpty(),
                "a rating from after now does not count");

        List<JournalEntry> closed = new java.util.ArrayList<>(journal);
        closed.add(r(25, 3, RatedActivity.ICE, RatingMoment.AFTER));
        assertTrue(WhatHelps.openBefore(closed, RatedActivity.ICE, T.plus(Duration.ofMinutes(30))).isEmpty(),
                "its after was given");
        closed.add(r(40, 5, RatedActivity.ICE, RatingMoment.BEFORE));
        assertEquals(5, WhatHelps.openBefore(closed, RatedActivity.ICE, T.plus(Duration.ofMinutes(50)))
                .orElseThrow().score(), "a new before opens again");
    }

    @Test
    void aWalkOrARoutineJustWrittenEndsItsActivityButAPainStopOrAnOldCopyDoesNot() {
        Instant now = T.plus(Duration.ofMinutes(3));
        assertEquals(java.util.Optional.of(RatedActivity.WALK), WhatHelps.endedBy(
                new WalkRecord(T, 10, WalkSource.I_WALKED), now));
        assertEquals(java.util.Optional.of(RatedActivity.ROUTINE), WhatHelps.endedBy(routine(StretchOutcome.COMPLETED), now));
        assertEquals(java.util.Optional.of(RatedActivity.ROUTINE), WhatHelps.endedBy(routine(StretchOutcome.STOPPED), now));
        assertTrue(WhatHelps.endedBy(routine(StretchOutcome.STOPPED_FOR_PAIN), now).isEmpty());
        assertTrue(WhatHelps.endedBy(new WalkRecord(T, 10, WalkSource.I_WALKED), T.plus(Duration.ofHours(2))).isEmpty(),
                "a walk merged in from another copy hours later ends nothing");
        assertTrue(WhatHelps.endedBy(new PainRating(T, 4, "", ""), now).isEmpty());
    }

    private static StretchSessionRecord routine(StretchOutcome outcome) {
        return new StretchSessionRecord(null, T, "gentle", "Gentle", T.minus(Duration.ofMinutes(12)), outcome,
                List.of(), null, null, outcome == StretchOutcome.STOPPED_FOR_PAIN ? 7 : null);
    }
}
