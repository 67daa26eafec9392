package org.backspasm.core.stretch;

import java.util.List;

/** Short texts about a phase: where the user is, and what comes next. */
public final class PhaseText {
    private PhaseText() {
    }

    /** e.g. "Rep 2 of 5, left side: hold" */
    public static String where(PlayerPhase p) {
        String side = p.side().label().isEmpty() ? "" : ", " + p.side().label().toLowerCase();
        String what = switch (p.kind()) {
            case SETUP -> "getting into position";
            case HOLD -> "holding";
            case MOVE -> "moving";
            case REST -> "resting";
            case SWITCH -> "changing sides";
        };
        return p.kind() == PlayerPhase.PhaseKind.SETUP ? "Getting into position" + side
                : "Rep " + p.rep() + " of " + p.reps() + side + ", " + what;
    }

    /** What follows the phase: the next stretch's name, the other side, a rest, or the next step. */
    public static String next(List<PlayerPhase> phases, PlayerPhase p) {
        if (p == null || p.index() + 1 >= phases.size()) {
            return "Next: the end of the routine";
        }
        PlayerPhase n = phases.get(p.index() + 1);
        if (n.stretchIndex() != p.stretchIndex()) {
            return "Next: " + n.stretchName();
        }
        return switch (n.kind()) {
            case SWITCH -> "Next: the other side";
            case REST -> "Next: rest " + n.seconds() + " s";
            case HOLD -> "Next: " + firstSentence(n.text());
            case MOVE -> "Next: " + firstSentence(n.text());
            case SETUP -> "Next: " + n.stretchName();
        };
    }

    public static String firstSentence(String text) {
        int dot = text.indexOf(". ");
        return dot < 0 ? text : text.substring(0, dot + 1);
    }
}
