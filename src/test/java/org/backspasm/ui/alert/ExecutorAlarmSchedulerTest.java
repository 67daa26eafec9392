package org.backspasm.ui.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.backspasm.testing.FakeClock;
import org.backspasm.testing.ManualDelays;
import org.junit.jupiter.api.Test;

/**
 * The app's alarm: waits at most 30 s, a newer arming replaces an older one, cancel means no wake, and every wake
 * runs through the given executor. The waits are run by hand, so nothing here depends on how busy the machine is.
 */
class ExecutorAlarmSchedulerTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private final FakeClock clock = FakeClock.at("2026-11-22T10:00:00Z");
    private final ManualDelays delays = new ManualDelays();
    private final List<Runnable> handedOver = new ArrayList<>();
    private final ExecutorAlarmScheduler alarm = new ExecutorAlarmScheduler(clock, handedOver::add, delays);

    /** The waits end, then the FX thread runs what was handed to it. */
    private void letTimePass() {
        delays.runAll();
        List<Runnable> fx = List.copyOf(handedOver);
        handedOver.clear();
        fx.forEach(Runnable::run);
    }

    @Test
    void neverWaitsMoreThanThirtySeconds() {
        assertEquals(30_000, ExecutorAlarmScheduler.waitMillis(NOW, NOW.plusSeconds(20 * 60)), "a sleep cannot delay it");
        assertEquals(30_000, ExecutorAlarmScheduler.waitMillis(NOW, null), "keeps watching");
        assertEquals(12_005, ExecutorAlarmScheduler.waitMillis(NOW, NOW.plusSeconds(12)));
        assertEquals(0, ExecutorAlarmScheduler.waitMillis(NOW, NOW.minusSeconds(3600)), "already due: at once");
    }

    @Test
    void armsForTheWaitItWorksOutFromTheClock() {
        alarm.arm(clock.instant().plusSeconds(12), () -> { });
        assertEquals(12_005, delays.waiting().get(0).millis());
        assertTrue(alarm.isArmed());
    }

    @Test
    void theLatestArmingWinsAndRunsOnceThroughTheExecutor() {
        AtomicInteger old = new AtomicInteger();
        AtomicInteger woke = new AtomicInteger();
        alarm.arm(clock.instant().plusMillis(30), old::incrementAndGet);
        alarm.arm(clock.instant().plusMillis(30), woke::incrementAndGet);
        delays.runAll();
        assertEquals(0, woke.get(), "nothing runs on the alarm thread itself");
        assertEquals(1, handedOver.size(), "the replaced arming hands nothing over");
        handedOver.remove(0).run();
        assertEquals(1, woke.get());
        assertEquals(0, old.get(), "the replaced arming never runs");
        letTimePass();
        assertEquals(1, woke.get(), "once");
    }

    @Test
    void aCancelledArmingNeverRuns() {
        AtomicInteger old = new AtomicInteger();
        AtomicInteger later = new AtomicInteger();
        alarm.arm(clock.instant().plusMillis(20), old::incrementAndGet);
        alarm.cancel();
        assertFalse(alarm.isArmed());
        alarm.arm(clock.instant().plusMillis(60), later::incrementAndGet);
        letTimePass();
        assertEquals(0, old.get(), "a cancelled arming never runs");
        assertEquals(1, later.get());
    }

    @Test
    void aWakeAlreadyHandedOverIsDroppedWhenANewerArmingCameFirst() {
        AtomicInteger old = new AtomicInteger();
        alarm.arm(clock.instant(), old::incrementAndGet);
        delays.runAll(); // the wait ended and the wake is queued on the FX thread...
        alarm.arm(clock.instant().plusSeconds(5), () -> { }); // ...when a command arms again
        handedOver.remove(0).run();
        assertEquals(0, old.get(), "the older wake is dropped on the FX thread");
    }
}
