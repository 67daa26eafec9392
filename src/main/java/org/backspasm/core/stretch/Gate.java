package org.backspasm.core.stretch;

/** What a caution does to a stretch: leave it out of routines, or keep it with a change the user must make. */
public record Gate(Caution caution, Effect effect, String reason) {
    public enum Effect { LEAVE_OUT, MODIFY }
}
