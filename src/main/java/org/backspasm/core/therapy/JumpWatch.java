package org.backspasm.core.therapy;

import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * Notices when the wall clock jumps: at each look it compares the wall time passed since the last look with the
 * time a monotonic source says really passed. Without a monotonic source nothing is ever measured.
 */
final class JumpWatch {
    private final LongSupplier monotonic;
    private Instant lastWall;
    private long lastMono;

    JumpWatch(LongSupplier monotonicNanos) {
        this.monotonic = monotonicNanos;
    }

    /** How far the wall clock moved beyond the real time passed since the last look (negative: set back). */
    Duration measure(Instant now) {
        if (monotonic == null) {
            return Duration.ZERO;
        }
        long mono = monotonic.getAsLong();
        Duration jump = lastWall == null ? Duration.ZERO
                : Duration.between(lastWall, now).minus(Duration.ofNanos(mono - lastMono));
        lastWall = now;
        lastMono = mono;
        return jump;
    }
}
