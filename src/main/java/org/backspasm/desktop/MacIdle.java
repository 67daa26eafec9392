package org.backspasm.desktop;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.time.Duration;
import java.util.Optional;

/**
 * Idle time on macOS: {@code CGEventSourceSecondsSinceLastEventType} for the combined session state and any input
 * event. Do-not-disturb (Focus) is not readable from here, so it is never reported.
 */
final class MacIdle {
    interface CoreGraphics extends Library {
        double CGEventSourceSecondsSinceLastEventType(int stateId, int eventType);
    }

    private static final int COMBINED_SESSION_STATE = 0;
    private static final int ANY_INPUT_EVENT = ~0;

    private final CoreGraphics cg = Native.load("CoreGraphics", CoreGraphics.class);

    Optional<Duration> idle() {
        double s = cg.CGEventSourceSecondsSinceLastEventType(COMBINED_SESSION_STATE, ANY_INPUT_EVENT);
        return s < 0 || Double.isNaN(s) ? Optional.empty() : Optional.of(Duration.ofMillis((long) (s * 1000)));
    }
}
