package org.backspasm.desktop;

import java.time.Duration;
import java.util.Optional;

/**
 * What the desktop tells about the user: how long since the last keyboard or mouse input (for natural breaks),
 * and whether they must not be disturbed now (do-not-disturb on, or a full-screen window in front). Each answer
 * costs little (no process started at a wake) and never blocks for long; an answer this system cannot give is
 * empty, or false.
 */
public interface IdleSource {
    /** How this system answers, for Settings to say. */
    enum Means { X11_SCREENSAVER, WINDOWS_LAST_INPUT, MACOS_EVENT_SOURCE, NONE }

    /** How long since the last keyboard or mouse input, or empty when this system cannot tell. */
    Optional<Duration> idle();

    /** True while do-not-disturb is on or a full-screen window has the focus, where that can be seen. */
    boolean doNotDisturb();

    /** How idle time is read here ({@link Means#NONE}: not at all, plain intervals are used). */
    Means means();

    /** Whether do-not-disturb or a full-screen window can be seen on this system at all. */
    boolean seesDoNotDisturb();

    /** A system that tells nothing. */
    IdleSource NONE = new IdleSource() {
        @Override
        public Optional<Duration> idle() {
            return Optional.empty();
        }

        @Override
        public boolean doNotDisturb() {
            return false;
        }

        @Override
        public Means means() {
            return Means.NONE;
        }

        @Override
        public boolean seesDoNotDisturb() {
            return false;
        }
    };
}
