package org.backspasm.ui.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.journal.RatedActivity;
import org.backspasm.core.journal.RatingMoment;
import org.backspasm.core.journal.WalkRecord;
import org.backspasm.core.journal.WalkSource;
import org.backspasm.testing.FakeClock;
import org.backspasm.testing.ManualAlarmScheduler;
import org.junit.jupiter.api.Test;

/** The one-tap rating's rules: before on a start, after only when a before waits, one offer at a time, expiry. */
class RatingPromptsTest {
    private final FakeClock clock = FakeClock.at("2026-11-22T09:30:00Z");
    private final ManualAlarmScheduler alarms = new ManualAlarmScheduler(clock);
    private final List<JournalEntry> journal = new ArrayList<>();
    private final RatingPrompts prompts = new RatingPrompts(clock, () -> List.copyOf(journal), journal::add, alarms);

    @Test
    void aRatingBeforeAndAfterGoesToTheJournalWithItsActivityAndMoment() {
        prompts.started(RatedActivity.HEAT);
        assertEquals(new RatingPrompt(RatedActivity.HEAT, RatingMoment.BEFORE, clock.instant()), prompts.pending());
        prompts.rate(6);
        assertNull(prompts.pending());
        clock.advance(Duration.ofMinutes(20));
        prompts.ended(RatedActivity.HEAT);
        assertEquals(RatingMoment.AFTER, prompts.pending().moment());
        prompts.rate(4);
        assertEquals(List.of(PainRating.around(clock.instant().minus(Duration.ofMinutes(20)), 6, RatedActivity.HEAT,
                RatingMoment.BEFORE), PainRating.around(clock.instant(), 4, RatedActivity.HEAT, RatingMoment.AFTER)),
                journal);
        prompts.rate(2);
        assertEquals(2, journal.size(), "a tap with nothing offered writes nothing");
    }

    @Test
    void noAfterWithoutABeforeAndAStillUnansweredBeforeGoesAwayAtTheEnd() {
        prompts.started(RatedActivity.ICE);
        prompts.ended(RatedActivity.ICE);
        assertNull(prompts.pending(), "the before came too late, and an after alone pairs with nothing");
        prompts.started(RatedActivity.ICE);
        prompts.skip();
        prompts.ended(RatedActivity.ICE);
        assertNull(prompts.pending());
        assertEquals(List.of(), journal);
    }

    @Test
    void aNewerOfferReplacesTheOlderAndAPainStopClearsTheRoutines() {
        prompts.started(RatedActivity.WALK);
        prompts.started(RatedActivity.ROUTINE);
        assertEquals(RatedActivity.ROUTINE, prompts.pending().activity());
        prompts.abandoned(RatedActivity.WALK);
        assertEquals(RatedActivity.ROUTINE, prompts.pending().activity(), "another activity's stop clears nothing");
        prompts.abandoned(RatedActivity.ROUTINE);
        assertNull(prompts.pending());
    }

    @Test
    void anOfferGoesAwayByItselfAfterHalfAnHourEvenWhenWokenEarly() {
        prompts.started(RatedActivity.WALK);
        alarms.pass(Duration.ofMinutes(29));
        assertEquals(RatedActivity.WALK, prompts.pending().activity());
        alarms.pass(Duration.ofMinutes(1));
        assertNull(prompts.pending());
    }

    @Test
    void aWalkWrittenToTheJournalEndsTheWalk() {
        prompts.started(RatedActivity.WALK);
        prompts.rate(5);
        clock.advance(Duration.ofMinutes(12));
        WalkRecord walk = new WalkRecord(clock.instant(), 12, WalkSource.I_WALKED);
        journal.add(walk);
        prompts.journalListener().accept(walk);
        assertEquals(new RatingPrompt(RatedActivity.WALK, RatingMoment.AFTER, clock.instant()), prompts.pending());
    }
}
