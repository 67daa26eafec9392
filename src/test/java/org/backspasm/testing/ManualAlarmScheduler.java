package org.backspasm.testing;

import java.time.Duration;
import java.time.Instant;
import org.backspasm.ui.alert.AlarmScheduler;

/**
 * An alarm scheduler that only wakes when a test says so, on the calling thread. Its monotonic time follows the
 * fake clock except across {@link #jumpWall} (someone changing the computer's clock).
 */
public final class ManualAlarmScheduler implements AlarmScheduler {
    private final FakeClock clock;
    private final FakeMonotonic monotonic;
    private Instant armedAt;
    private Runnable wake;
    private int wakes;
    private boolean bootClock = true;

    public ManualAlarmScheduler(FakeClock clock) {
        this.clock = clock;
        this.monotonic = new FakeMonotonic(clock);
    }

    @Override
    public void arm(Instant at, Runnable onWake) {
        armedAt = at;
        wake = onWake;
    }

    @Override
    public void cancel() {
        armedAt = null;
        wake = null;
    }

    @Override
    public long monotonicNanos() {
        return monotonic.getAsLong();
    }

    /** One wake of the real scheduler: it comes at the armed instant or after 30 s, whichever is first. */
    public boolean wakeOnce() {
        if (wake == null) {
            return false;
        }
        Runnable w = wake;
        wake = null;
        armedAt = null;
        wakes++;
        w.run();
        return true;
    }

    /** Lets real time pass in steps of at most 30 s, waking as the real scheduler would, until {@code d} passed. */
    public void pass(Duration d) {
        Instant end = clock.instant().plus(d);
        while (clock.instant().isBefore(end)) {
            Instant step = clock.instant().plus(MAX_WAIT);
            Instant next = armedAt != null && armedAt.isBefore(step) ? armedAt : step;
            if (next.isAfter(end)) {
                clock.set(end);
                break;
            }
            clock.set(next.isBefore(clock.instant()) ? clock.instant() : next);
            if (!wakeOnce()) {
                clock.set(end);
            }
        }
    }

    /** Someone changes the computer's clock by {@code d}: the wall clock moves, real time does not. */
    public void jumpWall(Duration d) {
        monotonic.jumpWall(d);
    }

    @Override
    public java.util.OptionalLong bootTimeNanos() {
        return bootClock ? java.util.OptionalLong.of(monotonic.bootNanos()) : java.util.OptionalLong.empty();
    }

    /** As on a system without a boot-time clock (Windows, macOS): a sleep cannot be told from a clock change. */
    public ManualAlarmScheduler withoutBootClock() {
        bootClock = false;
        return this;
    }

    /**
     * The computer sleeps for {@code d}: nothing wakes meanwhile; the wall clock and the boot-time clock move, the
     * monotonic clock does not. Then the pending wake comes (a monotonic wait resumes where it stopped).
     */
    public void sleep(Duration d) {
        monotonic.sleep(d);
        wakeOnce();
    }

    public boolean armed() {
        return wake != null;
    }

    public Instant armedAt() {
        return armedAt;
    }

    public int wakes() {
        return wakes;
    }
}
