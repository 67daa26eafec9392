package org.backspasm.ui.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The app's alarm thread: waits at most 30 s, a newer arming replaces an older one, cancel means no wake. */
class ExecutorAlarmSchedulerTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void neverWaitsMoreThanThirtySeconds() {
        assertEquals(30_000, ExecutorAlarmScheduler.waitMillis(NOW, NOW.plusSeconds(20 * 60)), "a sleep cannot delay it");
        assertEquals(30_000, ExecutorAlarmScheduler.waitMillis(NOW, null), "keeps watching");
        assertEquals(12_005, ExecutorAlarmScheduler.waitMillis(NOW, NOW.plusSeconds(12)));
        assertEquals(0, ExecutorAlarmScheduler.waitMillis(NOW, NOW.minusSeconds(3600)), "already due: at once");
    }

    @Test
    void wakesOnceOnTheGivenThreadAndTheLatestArmingWins() throws InterruptedException {
        AtomicInteger old = new AtomicInteger();
        AtomicInteger handedOver = new AtomicInteger();
        CountDownLatch woke = new CountDownLatch(1);
        try (ExecutorAlarmScheduler s = new ExecutorAlarmScheduler(Clock.systemUTC(), r -> {
            handedOver.incrementAndGet();
            r.run();
        })) {
            s.arm(Instant.now().plusMillis(30), old::incrementAndGet);
            s.arm(Instant.now().plusMillis(30), woke::countDown);
            assertTrue(woke.await(5, TimeUnit.SECONDS));
            assertEquals(0, old.get(), "the replaced arming never runs");
            s.arm(Instant.now().plusMillis(20), old::incrementAndGet);
            s.cancel();
            assertFalse(s.isArmed());
            CountDownLatch later = new CountDownLatch(1);
            s.arm(Instant.now().plusMillis(60), later::countDown);
            assertTrue(later.await(5, TimeUnit.SECONDS));
            assertEquals(0, old.get(), "a cancelled arming never runs");
            assertTrue(handedOver.get() >= 2, "wakes run through the given executor (the FX thread in the app)");
        }
    }
}
