package org.backspasm.ui.alert;

import java.time.Duration;
import java.time.Instant;

/**
 * Wakes the app when something is due, whatever the window does (minimised, on another workspace, another screen
 * showing). One arming at a time: arming again replaces it. A wake never comes more than {@link #MAX_WAIT} after
 * the arming, so a computer that slept, or a clock that was changed, is noticed within that time: the woken code
 * re-reads the clock and arms again. Monotonic time (which a clock change does not move) is read here too.
 */
public interface AlarmScheduler {
    /** The longest single wait: a monotonic wait does not advance while the computer sleeps. */
    Duration MAX_WAIT = Duration.ofSeconds(30);

    /**
     * Runs {@code wake} once on the JavaFX thread at {@code at}, or after {@link #MAX_WAIT} if that comes first
     * ({@code at} null: after {@link #MAX_WAIT}, to keep watching). Replaces any earlier arming.
     */
    void arm(Instant at, Runnable wake);

    /** Nothing to wake for any more. */
    void cancel();

    /** Nanoseconds from a clock that only moves forward at the real pace (not moved by clock changes). */
    long monotonicNanos();

    /**
     * Nanoseconds from a clock that, unlike {@link #monotonicNanos}, goes on counting while the computer is
     * suspended (Linux: {@code /proc/uptime}), or empty where there is none. With it a sleep can be told from a clock
     * change: a sleep moves the wall clock and this one alike.
     */
    default java.util.OptionalLong bootTimeNanos() {
        return java.util.OptionalLong.empty();
    }

    /**
     * A scheduler for one more feature, sharing this one's thread: arming it does not replace the others'
     * arming. {@link AlarmHub} (what the app hands its features) makes a new channel; a plain scheduler, which has
     * only one arming, returns itself.
     */
    default AlarmScheduler channel() {
        return this;
    }
}
