package org.backspasm.core.stretch;

import org.backspasm.core.content.LocalText;

/**
 * One step of a repetition: what to do, the pose that shows it, and whether it is the held position (timed by the
 * dose) or a movement into a position (a few seconds). {@code loopPose}, when set, is a second pose the picture
 * moves to and fro between while the step lasts (walking).
 */
public record StretchStep(LocalText text, String pose, StepKind kind, int seconds, String loopPose) {
    public enum StepKind { HOLD, MOVE }

    public static final int DEFAULT_MOVE_SECONDS = 3;
}
