package org.backspasm.core.stretch;

import java.util.List;
import java.util.Locale;
import org.backspasm.core.i18n.Messages;

/**
 * Short texts about a phase of a routine, in the locale's language (bundle {@value #BUNDLE}): what to do now, where
 * the user is, and what comes next. The player shows them; the journal keeps where a routine stopped.
 */
public final class PhaseText {
    /** The stretch feature's bundle: {@code org/backspasm/i18n/stretches.properties}. */
    public static final String BUNDLE = "stretches";

    private PhaseText() {
    }

    /** What to do in the phase: the stretch's own step, or the player's words for a rest or a change of sides. */
    public static String step(PlayerPhase p, Locale locale) {
        Messages m = Messages.of(BUNDLE, locale);
        return switch (p.kind()) {
            case REST -> m.text("phase.rest");
            case SWITCH -> m.text("phase.switch");
            case SETUP, HOLD, MOVE -> p.text().in(locale);
        };
    }

    /** e.g. "Rep 2 of 5, left side, holding", or "Getting into position". */
    public static String where(PlayerPhase p, Locale locale) {
        Messages m = Messages.of(BUNDLE, locale);
        String side = switch (p.side()) {
            case NONE -> "";
            case LEFT -> m.text("side.left.inline");
            case RIGHT -> m.text("side.right.inline");
        };
        if (p.kind() == PlayerPhase.PhaseKind.SETUP) {
            return side.isEmpty() ? m.text("where.setup") : m.text("where.setupSide", side);
        }
        String what = switch (p.kind()) {
            case SETUP, HOLD -> m.text("doing.hold");
            case MOVE -> m.text("doing.move");
            case REST -> m.text("doing.rest");
            case SWITCH -> m.text("doing.switch");
        };
        return side.isEmpty() ? m.text("where.rep", p.rep(), p.reps(), what)
                : m.text("where.repSide", p.rep(), p.reps(), what, side);
    }

    /** What follows the phase: the next stretch's name, the other side, a rest, or the next step. */
    public static String next(List<PlayerPhase> phases, PlayerPhase p, Locale locale) {
        Messages m = Messages.of(BUNDLE, locale);
        if (p == null || p.index() + 1 >= phases.size()) {
            return m.text("next.end");
        }
        PlayerPhase n = phases.get(p.index() + 1);
        if (n.stretchIndex() != p.stretchIndex()) {
            return m.text("next.what", n.stretchName().in(locale));
        }
        return switch (n.kind()) {
            case SWITCH -> m.text("next.otherSide");
            case REST -> m.text("next.rest", n.seconds());
            case HOLD, MOVE -> m.text("next.what", firstSentence(n.text().in(locale)));
            case SETUP -> m.text("next.what", n.stretchName().in(locale));
        };
    }

    public static String firstSentence(String text) {
        int dot = text.indexOf(". ");
        return dot < 0 ? text : text.substring(0, dot + 1);
    }
}
