package org.backspasm.core.stretch;

/**
 * The player at one instant. {@code phase} is null only when the routine is DONE. For a hold paced by breathing,
 * {@code breath} is the breath under way (from 1) and {@code breathingIn} which half of it.
 */
public record PlayerState(Status status, PlayerPhase phase, long elapsedMillis, long remainingMillis, int breath,
        boolean breathingIn, int phaseCount) {

    public enum Status { READY, RUNNING, PAUSED, DONE, STOPPED }

    /** Whole seconds left in this phase, as a countdown shows them (5, 4, 3, 2, 1). */
    public int secondsLeft() {
        return (int) ((remainingMillis + 999) / 1000);
    }

    /** Whole seconds left in the current half-breath. */
    public int breathSecondsLeft() {
        if (phase == null || phase.breaths() == 0) {
            return 0;
        }
        long half = (breathingIn ? Dose.BREATH_IN_SECONDS : Dose.BREATH_OUT_SECONDS) * 1000L;
        long breathLength = (Dose.BREATH_IN_SECONDS + Dose.BREATH_OUT_SECONDS) * 1000L;
        long into = elapsedMillis % breathLength - (breathingIn ? 0 : Dose.BREATH_IN_SECONDS * 1000L);
        return (int) ((half - into + 999) / 1000);
    }

    /** Milliseconds left in the current half-breath (0 when the phase is not paced by breathing). */
    public long breathSecondsLeftMillis() {
        if (phase == null || phase.breaths() == 0) {
            return 0;
        }
        long in = Dose.BREATH_IN_SECONDS * 1000L;
        long breathLength = (Dose.BREATH_IN_SECONDS + Dose.BREATH_OUT_SECONDS) * 1000L;
        long into = elapsedMillis % breathLength;
        return breathingIn ? in - into : breathLength - into;
    }

    public boolean active() {
        return status == Status.RUNNING || status == Status.PAUSED;
    }
}
