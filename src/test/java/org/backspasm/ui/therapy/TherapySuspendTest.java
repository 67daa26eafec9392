package org.backspasm.ui.therapy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.therapy.Mode;
import org.backspasm.core.therapy.TherapyPlan;
import org.backspasm.core.therapy.TherapySession;
import org.backspasm.core.therapy.TherapyState;
import org.backspasm.testing.FakeClock;
import org.backspasm.testing.ManualAlarmScheduler;
import org.junit.jupiter.api.Test;

/**
 * A suspend is not a clock change (Linux: the boot-time clock counts suspended time, the monotonic one does not):
 * after a laptop sleep only the away report shows; a real clock change is still told; a system without a
 * boot-time clock keeps the wording that covers both.
 */
class TherapySuspendTest {
    private final FakeClock clock = FakeClock.at("2026-11-22T10:00:00Z");
    private final ManualAlarmScheduler alarms = new ManualAlarmScheduler(clock);
    private final List<JournalEntry> journal = new ArrayList<>();

    private TherapyModel running() {
        TherapySession session = new TherapySession(clock, alarms::monotonicNanos,
                () -> alarms.bootTimeNanos().orElse(-1), TherapyState.EMPTY, s -> { }, journal::add);
        TherapyModel m = HeadlessTherapy.model(clock, alarms, session, journal);
        m.answerSafety(TherapyPlan.defaults(Mode.ICE).firstModality(), false);
        m.start(TherapyPlan.defaults(Mode.ICE));
        alarms.pass(Duration.ofMinutes(5));
        return m;
    }

    private static String told(TherapyModel m) {
        return String.join(" ", m.away());
    }

    @Test
    void afterASuspendOnlyTheAwayReportShows() {
        TherapyModel m = running();
        alarms.sleep(Duration.ofMinutes(40));
        String told = told(m);
        assertTrue(told.contains("While you were away, the ice came off schedule 25 minutes ago"), told);
        assertFalse(told.contains("clock"), told);
        assertEquals(1, m.away().size(), m.away().toString());
    }

    @Test
    void aRealClockChangeIsStillTold() {
        TherapyModel m = running();
        alarms.jumpWall(Duration.ofMinutes(40));
        alarms.wakeOnce();
        String told = told(m);
        assertTrue(told.contains("Your computer's clock moved forward by 40 minutes"), told);
    }

    @Test
    void withoutABootTimeClockASuspendKeepsTodaysWording() {
        alarms.withoutBootClock();
        TherapyModel m = running();
        alarms.sleep(Duration.ofMinutes(40));
        String told = told(m);
        assertTrue(told.contains("moved forward by 40 minutes (or the computer was asleep)"), told);
    }
}
