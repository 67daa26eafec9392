package org.backspasm.core.stretch;

import org.backspasm.core.content.LocalText;

/**
 * What a caution does to a stretch: leave it out of routines; keep it with a change the user must make; play a
 * variant written for that caution instead ({@code replaceWith} names it); or keep it short (for lying on the back
 * in pregnancy: no more than the starting reps, and never straight after another such stretch).
 */
public record Gate(Caution caution, Effect effect, LocalText reason, String replaceWith) {
    public enum Effect { LEAVE_OUT, MODIFY, REPLACE, KEEP_SHORT }

    public Gate {
        replaceWith = replaceWith == null ? "" : replaceWith;
    }

    public Gate(Caution caution, Effect effect, LocalText reason) {
        this(caution, effect, reason, "");
    }
}
