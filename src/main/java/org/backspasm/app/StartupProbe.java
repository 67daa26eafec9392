package org.backspasm.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * The app's one hook for measuring its start, off unless the system property {@code backspasm.probe} is set:
 * <ul>
 *   <li>{@code print}: once the first frame of the window has gone to the screen, print
 *       {@code first-frame-ms=<ms since the process started>} and {@code first-frame-at-us=<the wall clock then,
 *       in microseconds since 1970>} on stdout (bench/run reads the second against its own clock, read just
 *       before it started the process);</li>
 *   <li>{@code exit}: the same, then close the app normally (the class-data-sharing training run at package
 *       time: it loads every class the start needs, then leaves).</li>
 * </ul>
 */
final class StartupProbe {
    static final String PROPERTY = "backspasm.probe";
    /** Linux's clock ticks per second for /proc (USER_HZ, getconf CLK_TCK): 100 on every architecture Java runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private StartupProbe() {
    }

    /** Call right after the first window is shown, on the FX thread. Does nothing when the property is unset. */
    static void windowShown() {
        String mode = System.getProperty(PROPERTY);
        if (mode == null) {
            return;
        }
        // A frame is drawn at the end of a pulse; an animation timer is called at the start of each pulse, so its
        // second call comes after the first frame was handed to the renderer.
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses < 2) {
                    return;
                }
                stop();
                Instant at = Instant.now();
                System.out.println("first-frame-ms=" + msSinceStart(at));
                System.out.println("first-frame-at-us=" + (at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000));
                System.out.flush();
                if (mode.equals("exit")) {
                    Platform.exit();
                }
            }
        }.start();
    }

    /**
     * Milliseconds since this process started. On Linux from /proc: the start in clock ticks since boot
     * ({@code /proc/self/stat}, field 22) against the time since boot ({@code /proc/uptime}), both to 10 ms.
     * Elsewhere from {@link ProcessHandle}, which on Linux would add the ticks to a boot time rounded down to a
     * whole second, making every figure too large by up to a second.
     */
    static long msSinceStart(Instant now) {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[22 - 3]); // fields after the command name start at field 3
            double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Math.round(uptime * 1000 - startTicks * 1000 / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            Instant started = ProcessHandle.current().info().startInstant().orElse(now);
            return Duration.between(started, now).toMillis();
        }
    }
}
