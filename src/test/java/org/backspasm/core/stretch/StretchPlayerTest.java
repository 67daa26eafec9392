package org.backspasm.core.stretch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backspasm.core.stretch.PlayerPhase.PhaseKind;
import org.backspasm.core.stretch.PlayerState.Status;
import org.backspasm.testing.FakeClock;
import org.junit.jupiter.api.Test;

class StretchPlayerTest {
    private final FakeClock clock = FakeClock.at("2026-11-22T08:00:00Z");

    private StretchPlayer started(RoutinePlan plan) {
        StretchPlayer p = new StretchPlayer(clock, plan.phases());
        p.start();
        return p;
    }

    @Test
    void phasesCoverSetupHoldsRepsRestAndBothSides() {
        List<PlayerPhase> phases = StretchFixtures.plan(StretchFixtures.sided()).phases();
        List<String> shape = phases.stream().map(p -> p.kind() + ":" + p.side() + ":" + p.rep() + ":" + p.seconds())
                .toList();
        assertEquals(List.of("SETUP:LEFT:1:10",
                "HOLD:LEFT:1:5", "MOVE:LEFT:1:3", "REST:LEFT:1:3", "HOLD:LEFT:2:5", "MOVE:LEFT:2:3",
                "SWITCH:RIGHT:1:6",
                "HOLD:RIGHT:1:5", "MOVE:RIGHT:1:3", "REST:RIGHT:1:3", "HOLD:RIGHT:2:5", "MOVE:RIGHT:2:3"), shape);
    }

    @Test
    void alternatingSidesGoLeftThenRightWithinEachRep() {
        Stretch rolls = StretchFixtures.stretch("rolls", new Dose(0, 1, 2, 1, 3, 1, Sides.BOTH, 0), List.of());
        List<String> sides = StretchFixtures.plan(rolls).phases().stream()
                .filter(p -> p.kind() == PhaseKind.HOLD).map(p -> p.rep() + p.side().name()).toList();
        assertEquals(List.of("1LEFT", "1RIGHT", "2LEFT", "2RIGHT"), sides);
    }

    @Test
    void playsAWholeRoutineByTheClockWithCues() {
        StretchPlayer p = started(StretchFixtures.plan(StretchFixtures.sided(), StretchFixtures.breathing()));
        List<PlayerCue> cues = new ArrayList<>();
        List<PhaseKind> seen = new ArrayList<>();
        PlayerState before = p.state();
        assertEquals(Status.RUNNING, before.status());
        for (int s = 0; s < 200 && p.state().status() != Status.DONE; s++) {
            clock.advance(Duration.ofSeconds(1));
            PlayerState now = p.state();
            PlayerCue.between(before, now).ifPresent(cues::add);
            if (now.phase() != null && (seen.isEmpty() || before.phase().index() != now.phase().index())) {
                seen.add(now.phase().kind());
            }
            before = now;
        }
        assertEquals(Status.DONE, p.state().status());
        // 10+5+3+3+5+3+6+5+3+3+5+3 = 54 s for the sided stretch, 10 + 16 + 3 for the breathing one
        assertEquals(clock.instant(), p.finishedAt());
        assertEquals(Duration.ofSeconds(83), Duration.between(p.startedAt(), p.finishedAt()));
        assertTrue(cues.contains(PlayerCue.SWITCH_SIDES));
        assertTrue(cues.contains(PlayerCue.HOLD_DONE));
        assertTrue(cues.contains(PlayerCue.STEP));
        assertEquals(PlayerCue.STRETCH_DONE, cues.get(cues.size() - 1));
        assertEquals(2, cues.stream().filter(c -> c == PlayerCue.STRETCH_DONE).count());
        assertEquals(List.of("sided", "breathing"), p.stretchesDone());
    }

    @Test
    void holdCountsDownAndBreathsArePacedInAndOut() {
        StretchPlayer p = started(StretchFixtures.plan(StretchFixtures.breathing()));
        clock.advance(Duration.ofSeconds(10));
        PlayerState s = p.state();
        assertEquals(PhaseKind.HOLD, s.phase().kind());
        assertEquals(1, s.breath());
        assertTrue(s.breathingIn());
        assertEquals(16, s.secondsLeft());
        assertEquals(4, s.breathSecondsLeft());
        clock.advance(Duration.ofMillis(4500));
        s = p.state();
        assertFalse(s.breathingIn());
        assertEquals(1, s.breath());
        assertEquals(4, s.breathSecondsLeft());
        assertEquals(3500, s.breathSecondsLeftMillis());
        clock.advance(Duration.ofMillis(4000));
        s = p.state();
        assertEquals(2, s.breath());
        assertTrue(s.breathingIn());
        assertEquals(8, s.secondsLeft());
    }

    @Test
    void pauseMidHoldFreezesTheCountdownAndResumeCarriesOn() {
        StretchPlayer p = started(StretchFixtures.plan(StretchFixtures.sided()));
        clock.advance(Duration.ofSeconds(12));
        assertEquals(PhaseKind.HOLD, p.state().phase().kind());
        assertEquals(3, p.state().secondsLeft());
        p.pause();
        clock.advance(Duration.ofMinutes(7));
        assertEquals(Status.PAUSED, p.state().status());
        assertEquals(3, p.state().secondsLeft());
        p.resume();
        assertEquals(Status.RUNNING, p.state().status());
        assertEquals(3, p.state().secondsLeft());
        clock.advance(Duration.ofSeconds(3));
        assertEquals(PhaseKind.MOVE, p.state().phase().kind());
        p.togglePause();
        assertEquals(Status.PAUSED, p.state().status());
        p.togglePause();
        assertEquals(Status.RUNNING, p.state().status());
    }

    @Test
    void previousAndNextAtTheEdges() {
        StretchPlayer p = started(StretchFixtures.plan(StretchFixtures.breathing()));
        p.previous();
        assertEquals(0, p.state().phase().index(), "previous on the first phase stays there");
        clock.advance(Duration.ofSeconds(5));
        p.previous();
        assertEquals(0, p.state().phase().index());
        assertEquals(0, p.state().elapsedMillis(), "previous late in a phase restarts it");
        p.next();
        assertEquals(1, p.state().phase().index());
        assertEquals(16, p.state().secondsLeft(), "next starts the phase from its beginning");
        clock.advance(Duration.ofSeconds(1));
        p.previous();
        assertEquals(0, p.state().phase().index(), "previous early in a phase goes back one");
        p.next();
        p.next();
        p.next();
        p.next();
        assertEquals(Status.DONE, p.state().status(), "next after the last phase finishes");
        assertNull(p.state().phase());
        p.previous();
        assertEquals(Status.DONE, p.state().status());
    }

    @Test
    void skipStretchLeavesItOutOfTheDoneList() {
        StretchPlayer p = started(StretchFixtures.plan(StretchFixtures.sided(), StretchFixtures.breathing()));
        clock.advance(Duration.ofSeconds(3));
        p.skipStretch();
        assertEquals("breathing", p.state().phase().stretchId());
        assertEquals(PhaseKind.SETUP, p.state().phase().kind());
        p.skipStretch();
        assertEquals(Status.DONE, p.state().status());
        assertEquals(List.of(), p.stretchesDone());
    }

    @Test
    void stopForPainFreezesWhereItWas() {
        StretchPlayer p = started(StretchFixtures.plan(StretchFixtures.sided()));
        clock.advance(Duration.ofSeconds(19));
        PlayerPhase at = p.stop();
        assertEquals(PhaseKind.REST, at.kind());
        clock.advance(Duration.ofMinutes(3));
        assertEquals(Status.STOPPED, p.state().status());
        assertEquals(at, p.state().phase());
        assertEquals(Optional.empty(), PlayerCue.between(p.state(), p.state()));
        p.next();
        assertEquals(at, p.state().phase(), "a stopped routine does not move");
    }

    @Test
    void readyBeforeStartShowsTheFirstPhase() {
        StretchPlayer p = new StretchPlayer(clock, StretchFixtures.plan(StretchFixtures.sided()).phases());
        assertEquals(Status.READY, p.state().status());
        assertEquals(PhaseKind.SETUP, p.state().phase().kind());
        clock.advance(Duration.ofMinutes(5));
        assertEquals(Status.READY, p.state().status());
        p.next();
        assertEquals(Status.READY, p.state().status());
    }
}
