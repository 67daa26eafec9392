package org.backspasm.core.stretch;

/**
 * How much of a stretch: each hold lasts {@code holdSeconds} or {@code breaths} slow breaths (exactly one of the two),
 * {@code reps} repetitions to start with (kept within {@code minReps}..{@code maxReps}, rising by {@code repStep}),
 * on which {@code sides}, with {@code restSeconds} between reps.
 */
public record Dose(int holdSeconds, int breaths, int reps, int minReps, int maxReps, int repStep, Sides sides,
        int restSeconds) {

    /** One slow breath: four seconds in, four seconds out. */
    public static final int BREATH_IN_SECONDS = 4;
    public static final int BREATH_OUT_SECONDS = 4;

    public boolean byBreaths() {
        return breaths > 0;
    }

    /** How long one hold lasts, in seconds. */
    public int holdLength() {
        return byBreaths() ? breaths * (BREATH_IN_SECONDS + BREATH_OUT_SECONDS) : holdSeconds;
    }

    public int clampReps(int wanted) {
        return Math.max(minReps, Math.min(maxReps, wanted));
    }

    /** Whether one hold is long enough to be told in minutes (a walk) rather than seconds. */
    public boolean inMinutes() {
        return !byBreaths() && holdSeconds >= 120;
    }
}
