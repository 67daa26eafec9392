package org.backspasm.core.stretch;

import java.util.Optional;

/** What the player says when it moves on; at most one cue per change (the most telling one). */
public enum PlayerCue {
    STEP, SWITCH_SIDES, HOLD_DONE, STRETCH_DONE;

    /** The cue for going from one state to the next, if anything changed. */
    public static Optional<PlayerCue> between(PlayerState before, PlayerState after) {
        if (before == null || after.status() == PlayerState.Status.STOPPED
                || before.status() == PlayerState.Status.READY) {
            return Optional.empty();
        }
        if (after.status() == PlayerState.Status.DONE) {
            return before.status() == PlayerState.Status.DONE ? Optional.empty() : Optional.of(STRETCH_DONE);
        }
        if (before.phase() == null || before.phase().index() == after.phase().index()) {
            return Optional.empty();
        }
        PlayerPhase was = before.phase();
        PlayerPhase now = after.phase();
        if (was.stretchIndex() != now.stretchIndex()) {
            return Optional.of(STRETCH_DONE);
        }
        if (now.kind() == PlayerPhase.PhaseKind.SWITCH) {
            return Optional.of(SWITCH_SIDES);
        }
        if (was.kind() == PlayerPhase.PhaseKind.HOLD && now.index() == was.index() + 1) {
            return Optional.of(HOLD_DONE);
        }
        return Optional.of(STEP);
    }
}
