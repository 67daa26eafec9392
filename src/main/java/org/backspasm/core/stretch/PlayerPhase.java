package org.backspasm.core.stretch;

import org.backspasm.core.content.LocalText;

/**
 * One timed piece of a routine as the player runs it: getting into position, a movement, a hold, a rest between
 * reps, or changing sides. {@code rep} counts from 1; {@code breaths} is non-zero for holds paced by breathing.
 * {@code text} is the stretch's words for the phase ({@link LocalText#NONE} for a rest or a change of sides, whose
 * words are the player's: {@link PhaseText#step}).
 */
public record PlayerPhase(
        int index,
        int stretchIndex,
        String stretchId,
        LocalText stretchName,
        PhaseKind kind,
        LocalText text,
        String pose,
        String loopPose,
        Side side,
        int rep,
        int reps,
        int seconds,
        int breaths) {

    public enum PhaseKind { SETUP, MOVE, HOLD, REST, SWITCH }

    public long millis() {
        return seconds * 1000L;
    }
}
