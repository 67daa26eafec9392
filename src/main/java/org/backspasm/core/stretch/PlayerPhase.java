package org.backspasm.core.stretch;

/**
 * One timed piece of a routine as the player runs it: getting into position, a movement, a hold, a rest between
 * reps, or changing sides. {@code rep} counts from 1; {@code breaths} is non-zero for holds paced by breathing.
 */
public record PlayerPhase(
        int index,
        int stretchIndex,
        String stretchId,
        String stretchName,
        PhaseKind kind,
        String text,
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
