package org.backspasm.core.therapy;

import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * Notices when the wall clock jumps: at each look it compares the wall time passed since the last look with the
 * time that really passed. Where a boot-time clock exists (Linux: it counts suspended time, the monotonic clock
 * does not) it is the measure, so a suspend, which moves the wall clock and the boot-time clock alike, is no jump;
 * elsewhere the monotonic clock is, and a suspend reads as the clock moving forward. Without either nothing is
 * ever measured.
 */
final class JumpWatch {
    private final LongSupplier monotonic;
    private final LongSupplier boot;
    private Instant lastWall;
    private long lastMono;
    private long lastBoot = -1;

    JumpWatch(LongSupplier monotonicNanos) {
        this(monotonicNanos, null);
    }

    /** {@code bootNanos}: the boot-time clock, negative when it cannot be read (null: none on this system). */
    JumpWatch(LongSupplier monotonicNanos, LongSupplier bootNanos) {
        this.monotonic = monotonicNanos;
        this.boot = bootNanos;
    }

    /** How far the wall clock moved beyond the real time passed since the last look (negative: set back). */
    Duration measure(Instant now) {
        if (monotonic == null) {
            return Duration.ZERO;
        }
        long mono = monotonic.getAsLong();
        long booted = boot == null ? -1 : boot.getAsLong();
        Duration jump = Duration.ZERO;
        if (lastWall != null) {
            long passed = booted >= 0 && lastBoot >= 0 ? booted - lastBoot : mono - lastMono;
            jump = Duration.between(lastWall, now).minus(Duration.ofNanos(passed));
        }
        lastWall = now;
        lastMono = mono;
        lastBoot = booted;
        return jump;
    }
}
