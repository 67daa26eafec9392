package org.backspasm.bench;

import java.time.Duration;
import java.time.Instant;

/**
 * Prints one line when the first window is on screen, for the benchmark (bench/run) to read:
 * {@code BENCH window-shown-ms=<ms since the process started>}. Silent unless {@code -Dbackspasm.bench=true}.
 */
public final class StartupMark {
    private StartupMark() {
    }

    public static void windowShown() {
        if (!Boolean.getBoolean("backspasm.bench")) {
            return;
        }
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        System.out.println("BENCH window-shown-ms=" + Duration.between(started, Instant.now()).toMillis());
        System.out.flush();
    }
}
