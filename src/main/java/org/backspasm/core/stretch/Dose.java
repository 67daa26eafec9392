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

    /** The dose as people read it, e.g. "hold 5 s, 5 reps, each side". */
    public String describe(int withReps) {
        String hold = byBreaths() ? "hold " + breaths + (breaths == 1 ? " breath" : " breaths")
                : holdSeconds >= 120 ? holdSeconds / 60 + " min" : "hold " + holdSeconds + " s";
        String reps = withReps == 1 ? "" : ", " + withReps + " reps";
        String side = switch (sides) {
            case NONE -> "";
            case LEFT_THEN_RIGHT -> ", each side";
            case BOTH -> ", to each side in turn";
        };
        return hold + reps + side;
    }
}
