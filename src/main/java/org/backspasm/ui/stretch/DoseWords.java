package org.backspasm.ui.stretch;

import org.backspasm.core.stretch.Dose;
import org.backspasm.ui.text.Texts;

/** A dose as people read it, in the user's language: "hold 5 s, 5 reps, each side", "5 min", "hold 2 breaths". */
final class DoseWords {
    private DoseWords() {
    }

    static String of(Dose d, int reps, Texts t) {
        String hold = d.byBreaths() ? t.get("dose.breaths", d.breaths())
                : d.inMinutes() ? t.get("dose.minutes", d.holdSeconds() / 60) : t.get("dose.seconds", d.holdSeconds());
        String withReps = reps == 1 ? hold : t.get("dose.withReps", hold, reps);
        return switch (d.sides()) {
            case NONE -> withReps;
            case LEFT_THEN_RIGHT -> t.get("dose.eachSide", withReps);
            case BOTH -> t.get("dose.eachSideInTurn", withReps);
        };
    }
}
