package org.backspasm.ui.stretch;

import java.util.List;
import java.util.Locale;
import org.backspasm.core.i18n.Messages;
import org.backspasm.core.stretch.PhaseText;
import org.backspasm.core.stretch.PlannedStretch;
import org.backspasm.core.stretch.PlayerPhase;
import org.backspasm.core.stretch.PlayerState;
import org.backspasm.core.stretch.RoutinePlan;
import org.backspasm.core.stretch.Stretch;
import org.backspasm.core.therapy.TimeWords;

/**
 * Every word the stretch player shows at one moment of a routine, worked out from the player's state in the user's
 * language (the model keeps it current; the view only sets it on its labels). The player's fixed words (buttons,
 * keys, the end card) are in the {@code stretches} bundle and the view reads them itself.
 *
 * @param stretchIndex which stretch of the routine (the picture and the "Why?" follow it)
 * @param name       the stretch's name
 * @param line       its one-line description
 * @param changes    why it was changed for the user's cautions (one line each), or empty
 * @param where      "Morning routine · stretch 2 of 5"
 * @param side       "Left side", or empty
 * @param step       what to do now
 * @param rep        "Rep 2 of 3", or empty
 * @param count      the big number: seconds left, or seconds of this breath
 * @param countText  what the number counts ("hold, and keep breathing", "Breathe in…  breath 2 of 5")
 * @param next       what comes next
 * @param pause      the pause button's words
 * @param paused     whether the routine is paused
 * @param breaths    whether the phase is paced by breaths (the breath pacer shows)
 * @param finished   the routine is done (the "well done" card shows instead)
 */
public record PlayerTexts(int stretchIndex, String name, String line, String changes, String where, String side,
        String step, String rep, String count, String countText, String next, String pause, boolean paused,
        boolean breaths, boolean finished) {

    /** The words for the state, in the routine being played with these phases, in the locale's language. */
    public static PlayerTexts of(PlayerState s, RoutinePlan plan, List<PlayerPhase> phases, Locale locale) {
        Messages m = Messages.of(PhaseText.BUNDLE, locale);
        if (s.status() == PlayerState.Status.DONE) {
            return new PlayerTexts(-1, "", "", "", "", "", "", "", "", "", "", m.text("player.pause"), false, false,
                    true);
        }
        PlayerPhase p = s.phase();
        PlannedStretch planned = plan.stretches().get(p.stretchIndex());
        Stretch st = planned.stretch();
        String where = m.text("player.where", plan.routineName().in(locale), p.stretchIndex() + 1,
                plan.stretches().size());
        String rep = p.kind() == PlayerPhase.PhaseKind.SETUP || p.reps() == 1 ? ""
                : m.text("player.rep", p.rep(), p.reps());
        String count;
        String countText;
        if (p.breaths() > 0) {
            count = String.valueOf(s.breathSecondsLeft());
            countText = m.text(s.breathingIn() ? "player.breatheIn" : "player.breatheOut", s.breath(), p.breaths());
        } else {
            count = TimeWords.shortCountdown(s.secondsLeft());
            countText = switch (p.kind()) {
                case SETUP -> m.text("count.setup");
                case HOLD -> st.dose().holdSeconds() >= 60 ? m.text("count.holdLong") : m.text("count.hold");
                case REST -> m.text("count.rest");
                case SWITCH -> m.text("count.switch");
                case MOVE -> m.text("count.move");
            };
        }
        String side = switch (p.side()) {
            case NONE -> "";
            case LEFT -> m.text("side.left");
            case RIGHT -> m.text("side.right");
        };
        boolean paused = s.status() == PlayerState.Status.PAUSED;
        String changes = String.join("\n", planned.changes().stream().map(g -> g.reason().in(locale)).toList());
        return new PlayerTexts(p.stretchIndex(), st.name().in(locale), st.line().in(locale), changes, where, side,
                PhaseText.step(p, locale), rep, count, countText, PhaseText.next(phases, p, locale),
                m.text(paused ? "player.resume" : "player.pause"), paused, p.breaths() > 0, false);
    }
}
