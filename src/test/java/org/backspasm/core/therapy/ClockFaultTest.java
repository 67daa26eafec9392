package org.backspasm.core.therapy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.TherapySegmentRecord;
import org.backspasm.testing.FakeClock;
import org.backspasm.testing.FakeMonotonic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, item 4: the computer's clock jumps (+1 h, -1 h, +25 h, -1 day) while an ice pack is on and the app
 * looks every 30 seconds. The state is what the stored instants say, a jump back never gives the pack more time
 * on the skin than planned, and the user is told the clock moved.
 */
class ClockFaultTest {
    private final FakeClock clock = FakeClock.at("2026-11-22T10:00:00Z");
    private final FakeMonotonic mono = new FakeMonotonic(clock);
    private final List<JournalEntry> journal = new ArrayList<>();
    private final List<TherapyState> saved = new ArrayList<>();
    private final TherapySession session = new TherapySession(clock, mono, null, saved::add, journal::add);

    private record Look(long realSeconds, TherapySession.Observation o) {
    }

    /** Looks every 30 real seconds from the start for {@code minutes}; jumps the wall clock after {@code jumpAt} s. */
    private List<Look> run(Duration jump, long jumpAt, long minutes) {
        session.start(TherapyPlan.defaults(Mode.ICE));
        List<Look> looks = new ArrayList<>();
        for (long real = 30; real <= minutes * 60; real += 30) {
            clock.advance(Duration.ofSeconds(30));
            if (real - 30 < jumpAt && jumpAt <= real) {
                mono.jumpWall(jump);
            }
            looks.add(new Look(real, session.observe()));
        }
        return looks;
    }

    private static List<Look> alerts(List<Look> looks) {
        return looks.stream().filter(l -> l.o().alert() != null).toList();
    }

    private static List<String> notices(List<Look> looks) {
        return looks.stream().flatMap(l -> l.o().away().stream()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT-1H", "PT-24H"})
    void aJumpBackKeepsThePackToItsPlannedTime(String back) {
        List<Look> looks = run(Duration.parse(back), 5 * 60 + 10, 30);
        List<Look> alerts = alerts(looks);
        assertEquals(20 * 60, alerts.get(0).realSeconds(), "the pack-off alert comes after 20 real minutes");
        assertEquals(BoundaryAlert.AlertKind.PACK_OFF, alerts.get(0).o().alert().kind());
        assertEquals(15 * 60, looks.get(9).o().status().remaining().getSeconds(), "5 real minutes in: 15 left");
        List<String> told = notices(looks);
        assertEquals(1, told.size(), told.toString());
        assertTrue(told.get(0).contains("clock was set back by " + (back.equals("PT-1H") ? "1 hour" : "1 day")),
                told.get(0));
        assertTrue(told.get(0).contains("no time was added"), told.get(0));
        assertEquals(List.of(20 * 60L, 22 * 60L, 24 * 60L, 26 * 60L, 28 * 60L, 30 * 60L),
                alerts.stream().map(Look::realSeconds).toList(), "reminders every 2 minutes, none doubled");
        session.next(false);
        TherapySegmentRecord r = (TherapySegmentRecord) journal.get(0);
        assertEquals(Duration.ofMinutes(30), Duration.between(r.actualStart(), r.actualEnd()),
                "the record spans the real time the pack was on");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT1H", "PT25H"})
    void aJumpForwardFollowsTheStoredInstantsWithOneAlert(String forward) {
        List<Look> looks = run(Duration.parse(forward), 5 * 60 + 10, 8);
        List<Look> alerts = alerts(looks);
        Look jumped = looks.get(10);
        assertEquals(SegmentStage.PACK_OFF_DUE, jumped.o().status().stage(), "the stored instants say the time is up");
        assertEquals(1, alerts.size(), "one alert at the jump, the next reminder 2 minutes later is not yet due");
        assertEquals(jumped, alerts.get(0));
        String told = String.join(" ", jumped.o().away());
        assertTrue(told.contains("clock moved forward by " + (forward.equals("PT1H") ? "1 hour" : "25 hours")), told);
        assertTrue(jumped.o().alert().text().contains("came off schedule " + (forward.equals("PT1H")
                ? "45 minutes" : "about 25 hours") + " ago"), jumped.o().alert().text());
        assertTrue(looks.get(11).o().away().isEmpty(), "told once");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT-1H", "PT-24H", "PT1H", "PT25H"})
    void noJumpEverGivesTheSkinBreakLessThanPlannedOrCrashes(String jump) {
        session.start(TherapyPlan.defaults(Mode.ICE));
        clock.advanceMinutes(20);
        session.observe();
        session.next(false);
        clock.advanceMinutes(5);
        session.observe();
        mono.jumpWall(Duration.parse(jump));
        TherapySession.Observation o = session.observe();
        assertEquals(SegmentKind.SKIN_BREAK, o.status().kind());
        if (Duration.parse(jump).isNegative()) {
            assertEquals(Duration.ofMinutes(15), o.status().remaining());
            assertNull(o.alert());
        } else {
            assertEquals(SegmentStage.BREAK_OVER, o.status().stage(), "forward: the break reads as over; the user checks the skin");
        }
        assertEquals(1, o.away().stream().filter(t -> t.contains("clock")).count(), o.away().toString());
    }
}
