package org.backspasm.testing;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A monotonic time source that follows a {@link FakeClock} as real time does, except across {@link #jumpWall}:
 * the wall clock is changed (set forward or back) and no real time passes.
 */
public final class FakeMonotonic implements LongSupplier {
    private final FakeClock clock;
    private Duration jumps = Duration.ZERO;
    private Duration slept = Duration.ZERO;

    public FakeMonotonic(FakeClock clock) {
        this.clock = clock;
    }

    @Override
    public long getAsLong() {
        return (clock.millis() - jumps.toMillis() - slept.toMillis()) * 1_000_000L;
    }

    /** The boot-time clock beside it: real time including time asleep (Linux {@code /proc/uptime}). */
    public long bootNanos() {
        return (clock.millis() - jumps.toMillis()) * 1_000_000L;
    }

    /** The computer sleeps for {@code d}: the wall clock and the boot-time clock move, the monotonic one does not. */
    public void sleep(Duration d) {
        clock.advance(d);
        slept = slept.plus(d);
    }

    /** Someone changes the computer's clock by {@code d}: the wall clock moves, real time does not. */
    public void jumpWall(Duration d) {
        clock.advance(d);
        jumps = jumps.plus(d);
    }
}
