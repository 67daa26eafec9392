package org.backspasm.core.therapy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.backspasm.core.state.Sections;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.store.StateStore;
import org.backspasm.store.StoreNotices;
import org.backspasm.testing.FakeClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session saved through the real state store, the app closed, and a new session built from the file. */
class TherapyRestartTest {
    @TempDir
    Path dir;
    private final FakeClock clock = FakeClock.at("2026-11-22T14:00:00Z");
    private final List<JournalEntry> journal = new ArrayList<>();

    private TherapySession open() throws Exception {
        StateStore store = StateStore.open(dir, Runnable::run, new StoreNotices(), clock);
        TherapyState saved = store.get(Sections.THERAPY, TherapyState.EMPTY);
        return new TherapySession(clock, saved, s -> store.put(Sections.THERAPY, s), journal::add);
    }

    private TherapySession runningAlternating() throws Exception {
        TherapySession s = open();
        s.start(new TherapyPlan(Mode.ALTERNATING, false, 20, 20, 2));
        return s;
    }

    @Test
    void restartInTheMiddleOfAPack() throws Exception {
        TherapySession before = runningAlternating();
        clock.advanceMinutes(8);
        before.observe();
        clock.advanceMinutes(5); // closed for 5 minutes
        TherapySession after = open();
        TherapySession.Observation o = after.observe();
        assertEquals(SegmentKind.APPLY_ICE, o.status().kind());
        assertEquals(Duration.ofMinutes(7), o.status().remaining());
        assertEquals(List.of("While you were away, the ice timer kept running: 7 minutes left, until 14:20."), o.away());
    }

    @Test
    void restartWhileASkinBreakIsPaused() throws Exception {
        TherapySession before = runningAlternating();
        clock.advanceMinutes(20);
        before.next(false);
        clock.advanceMinutes(8);
        before.pause();
        clock.advanceMinutes(30);
        TherapySession after = open();
        assertEquals(SegmentStage.PAUSED, after.status().orElseThrow().stage());
        assertEquals(Duration.ofMinutes(12), after.status().orElseThrow().remaining());
        after.resume();
        clock.advanceMinutes(12);
        assertEquals(SegmentStage.BREAK_OVER, after.status().orElseThrow().stage());
    }

    @Test
    void aRunSavedPausedWithThePackOnReadsAsTakenOffAtThePause() throws Exception {
        TherapyPlan plan = new TherapyPlan(Mode.ICE, false, 20, 20, 2);
        java.time.Instant start = clock.instant();
        TherapyRun legacy = new TherapyRun(plan, start, 0, start, start, start.plusSeconds(8 * 60), Duration.ZERO,
                start.plusSeconds(8 * 60));
        StateStore store = StateStore.open(dir, Runnable::run, new StoreNotices(), clock);
        store.put(Sections.THERAPY, new TherapyState(legacy, SafetyAnswers.NONE, plan));
        clock.advanceMinutes(30);
        TherapySession after = open();
        RunStatus s = after.status().orElseThrow();
        assertEquals(SegmentKind.SKIN_BREAK, s.kind());
        assertEquals(Duration.ofMinutes(22), s.elapsed(), "the break started at the pause, 14:08");
        assertEquals(1, journal.size());
        org.backspasm.core.journal.TherapySegmentRecord r = (org.backspasm.core.journal.TherapySegmentRecord) journal.get(0);
        assertEquals(Duration.ofMinutes(8), Duration.between(r.actualStart(), r.actualEnd()), "the true time on the skin");
        TherapySession.Observation o = after.observe();
        assertTrue(o.away().get(0).contains("counts as taken off at 14:08"), o.away().get(0));
        assertEquals(1, journal.size(), "recorded once");
        TherapySession again = open();
        assertEquals(SegmentKind.SKIN_BREAK, again.status().orElseThrow().kind());
        assertEquals(1, journal.size(), "the saved state no longer holds the paused pack");
    }

    @Test
    void restartAfterThePackCameOffSchedule() throws Exception {
        TherapySession before = runningAlternating();
        clock.advanceMinutes(10);
        before.observe();
        clock.advanceMinutes(22);
        TherapySession after = open();
        TherapySession.Observation o = after.observe();
        assertEquals(SegmentStage.PACK_OFF_DUE, o.status().stage());
        assertEquals(List.of("While you were away, the ice came off schedule 12 minutes ago (at 14:20): "
                + "remove it now if it is still on."), o.away());
        assertNotNull(o.alert(), "the alert is raised again after a restart");
    }

    @Test
    void restartInTheMiddleOfASkinBreakAndAfterIt() throws Exception {
        TherapySession before = runningAlternating();
        clock.advanceMinutes(20);
        before.next(false); // pack off at 14:20
        clock.advanceMinutes(6);
        TherapySession mid = open();
        RunStatus s = mid.status().orElseThrow();
        assertEquals(SegmentKind.SKIN_BREAK, s.kind());
        assertEquals(Duration.ofMinutes(14), s.remaining());
        assertEquals(SegmentKind.APPLY_HEAT, s.next());

        clock.advanceMinutes(40);
        TherapySession later = open();
        TherapySession.Observation o = later.observe();
        assertEquals(SegmentStage.BREAK_OVER, o.status().stage());
        assertEquals(List.of("Your skin break ended at 14:40. Check your skin looks and feels normal before the next "
                + "round."), o.away());
        later.next(false);
        TherapySession heat = open();
        assertEquals(SegmentKind.APPLY_HEAT, heat.status().orElseThrow().kind());
        assertEquals(2, heat.status().orElseThrow().round());
        assertTrue(heat.status().orElseThrow().isLast());
    }

    @Test
    void clockSetBackWhileClosedCountsThePackAsDue() throws Exception {
        TherapySession before = runningAlternating();
        clock.advanceMinutes(5);
        before.observe();
        clock.advanceMinutes(1);
        before.observe(); // saves: last seen 14:06
        clock.advance(Duration.ofHours(-1)); // 13:06 on reopening: how long the app was closed is unknown
        TherapySession after = open();
        TherapySession.Observation o = after.observe();
        assertEquals(SegmentStage.PACK_OFF_DUE, o.status().stage(), "never more time on the skin than planned");
        assertNotNull(o.alert());
        assertTrue(o.away().get(0).contains("cannot tell how long the ice has been on"), o.away().get(0));
        assertTrue(after.observe().away().isEmpty(), "said once");
        assertEquals(null, after.observe().alert());
    }

    @Test
    void clockSetBackWhileClosedInASkinBreakGoesOnFromWhereItWas() throws Exception {
        TherapySession before = runningAlternating();
        clock.advanceMinutes(20);
        before.next(false);
        clock.advanceMinutes(5);
        before.observe();
        before.pause();
        before.resume(); // saves: last seen 14:25
        clock.advance(Duration.ofHours(-1));
        TherapySession after = open();
        TherapySession.Observation o = after.observe();
        assertEquals(Duration.ofMinutes(15), o.status().remaining());
        assertTrue(o.away().get(0).contains("can only be longer"), o.away().get(0));
    }
}
