package org.backspasm.core.stretch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.journal.StretchOutcome;
import org.backspasm.core.journal.StretchSessionRecord;
import org.backspasm.testing.FakeClock;
import org.junit.jupiter.api.Test;

class StretchSessionTest {
    private final FakeClock clock = FakeClock.at("2026-11-22T08:00:00Z");
    private final List<JournalEntry> journal = new ArrayList<>();
    private final List<StretchState> saved = new ArrayList<>();
    private final StretchContent content = new StretchContent(
            List.of(StretchFixtures.sided(), StretchFixtures.breathing()), List.of(), List.of(), List.of());
    private final StretchSession session = new StretchSession(clock, content, StretchState.EMPTY, saved::add,
            journal::add);
    private final RoutinePlan plan = StretchFixtures.plan(StretchFixtures.sided());

    private List<StretchSessionRecord> records() {
        return journal.stream().filter(StretchSessionRecord.class::isInstance).map(StretchSessionRecord.class::cast)
                .toList();
    }

    @Test
    void aFinishedRoutineIsJournalledOnceAsCompletedAndMovesTheProgressionOn() {
        session.start(plan);
        clock.advance(Duration.ofSeconds(30));
        assertEquals(PlayerState.Status.RUNNING, session.observe().status());
        assertTrue(journal.isEmpty(), "nothing is journalled while it runs");
        clock.advance(Duration.ofMinutes(2));
        assertEquals(PlayerState.Status.DONE, session.observe().status());
        session.observe();
        assertEquals(1, records().size(), "journalled exactly once");
        StretchSessionRecord r = records().get(0);
        assertEquals(StretchOutcome.COMPLETED, r.outcome());
        assertEquals(Instant.parse("2026-11-22T08:00:00Z"), r.startedAt());
        assertEquals(List.of("sided"), r.stretchesDone());
        assertNull(r.stoppedAtStretch());
        assertEquals(1, session.state().progress().get("sided").painFreeDays());
        assertSame(session.state(), saved.get(saved.size() - 1), "the progression is saved");
    }

    @Test
    void aPainStopWithItsScoreIsOneRecordThatSaysWhere() {
        session.start(plan);
        clock.advance(Duration.ofSeconds(12));
        PlayerPhase at = session.stopForPain();
        assertFalse(session.active());
        assertSame(at, session.stoppedAt());
        clock.advance(Duration.ofSeconds(20));
        session.recordPain(7);
        session.leave();
        assertEquals(1, journal.size());
        StretchSessionRecord r = records().get(0);
        assertEquals(StretchOutcome.STOPPED_FOR_PAIN, r.outcome());
        assertEquals(7, r.painScore());
        assertEquals(Instant.parse("2026-11-22T08:00:12Z"), r.at(), "the stop is dated when it happened");
        assertEquals("sided name", r.stoppedAtStretch());
        assertEquals(PhaseText.where(at, java.util.Locale.UK), r.stoppedAtStep());
    }

    @Test
    void aScoreGivenAfterTheStopWasJournalledGoesInOnItsOwn() {
        session.start(plan);
        clock.advance(Duration.ofSeconds(12));
        session.stopForPain();
        session.finishPainRecord(); // e.g. the user went to the warning-sign check first
        session.finishPainRecord();
        session.recordPain(5);
        assertEquals(2, journal.size());
        assertNull(records().get(0).painScore());
        PainRating rating = (PainRating) journal.get(1);
        assertEquals(5, rating.score());
        assertEquals("Stopped stretches during sided name", rating.context());
    }

    @Test
    void leavingAPainStopWithoutAScoreStillJournalsIt() {
        session.start(plan);
        clock.advance(Duration.ofSeconds(3));
        session.stopForPain();
        session.leave();
        assertEquals(StretchOutcome.STOPPED_FOR_PAIN, records().get(0).outcome());
        assertTrue(session.player().isEmpty());
    }

    @Test
    void endingARunningRoutineIsJournalledAsStoppedWithoutProgress() {
        session.start(plan);
        clock.advance(Duration.ofSeconds(15));
        session.end();
        session.end();
        assertEquals(1, records().size());
        StretchSessionRecord r = records().get(0);
        assertEquals(StretchOutcome.STOPPED, r.outcome());
        assertEquals(clock.instant(), r.at());
        assertEquals("sided name", r.stoppedAtStretch());
        assertTrue(session.state().progress().isEmpty(), "a plain stop changes no progression");
        assertTrue(saved.isEmpty());
    }

    @Test
    void startingAgainJournalsAWaitingPainStopFirst() {
        session.start(plan);
        clock.advance(Duration.ofSeconds(3));
        session.stopForPain();
        session.start(plan);
        assertEquals(1, records().size());
        assertNull(session.stoppedAt());
        assertTrue(session.active());
    }

    @Test
    void editsAndCautionAnswersAreSavedAtOnce() {
        session.setRoutine("r", List.of(new RoutineEntry("sided", 3)));
        assertEquals(3, session.repsOf(session.state().routines().get("r").get(0)));
        assertEquals(2, session.repsOf(new RoutineEntry("sided", null)), "the suggested reps");
        session.saveCautions(Set.of(Caution.RECENT_INJURY_OR_SURGERY));
        session.setClinicianOk(true);
        assertTrue(session.state().cautions().clinicianOk());
        session.saveCautions(Set.of(Caution.RECENT_INJURY_OR_SURGERY));
        assertTrue(session.state().cautions().clinicianOk(), "kept while the injury is still ticked");
        session.saveCautions(Set.of());
        assertFalse(session.state().cautions().clinicianOk(), "dropped with the injury");
        assertEquals(5, saved.size());
        assertSame(session.state(), saved.get(4));
        session.setRoutine("r", null);
        assertNull(session.state().routines().get("r"));
    }
}
