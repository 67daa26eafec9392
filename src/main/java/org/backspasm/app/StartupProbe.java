package org.backspasm.app;

import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * The app's one hook for measuring its start, off unless the system property {@code backspasm.probe} is set:
 * <ul>
 *   <li>{@code print}: once the first frame of the window has gone to the screen, print
 *       {@code first-frame-ms=<ms since the process started>} on stdout (read by bench/run);</li>
 *   <li>{@code exit}: the same, then close the app normally (the class-data-sharing training run at package
 *       time: it loads every class the start needs, then leaves).</li>
 * </ul>
 */
final class StartupProbe {
    static final String PROPERTY = "backspasm.probe";

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
                Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
                System.out.println("first-frame-ms=" + Duration.between(started, Instant.now()).toMillis());
                System.out.flush();
                if (mode.equals("exit")) {
                    Platform.exit();
                }
            }
        }.start();
    }
}
