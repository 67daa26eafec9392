package org.backspasm.ui.stretch;

import java.util.List;
import org.backspasm.core.stretch.PhaseText;
import org.backspasm.core.stretch.PlannedStretch;
import org.backspasm.core.stretch.PlayerPhase;
import org.backspasm.core.stretch.PlayerState;
import org.backspasm.core.stretch.RoutinePlan;
import org.backspasm.core.stretch.Stretch;
import org.backspasm.core.therapy.TimeWords;

/**
 * Every word the stretch player shows at one moment of a routine, worked out from the player's state (the model
 * keeps it current; the view only sets it on its labels). The fixed words of the player are the constants below.
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
    public static final String HURTS = "This hurts — stop";
    public static final String HURTS_ACCESSIBLE = "This hurts: stop the routine now";
    public static final String WHY = "Why?";
    public static final String PREVIOUS = "◀ Previous";
    public static final String PAUSE = "Pause";
    public static final String RESUME = "Resume";
    public static final String NEXT = "Next ▶";
    public static final String SKIP = "Skip stretch";
    public static final String END = "End routine";
    public static final String KEYS = "Keys: Space pause or resume · ← → previous or next · S skip stretch · "
            + "W why · H this hurts";
    public static final String DONE_TITLE = "Routine finished. Well done.";
    public static final String DONE_TEXT = "It is in your journal. Do it again later today or tomorrow, "
            + "as long as it does not make the pain worse.";
    public static final String BACK = "Back to routines";

    /** The words for the state, in the routine being played with these phases. */
    public static PlayerTexts of(PlayerState s, RoutinePlan plan, List<PlayerPhase> phases) {
        if (s.status() == PlayerState.Status.DONE) {
            return new PlayerTexts(-1, "", "", "", "", "", "", "", "", "", "", PAUSE, false, false, true);
        }
        PlayerPhase p = s.phase();
        PlannedStretch planned = plan.stretches().get(p.stretchIndex());
        Stretch st = planned.stretch();
        String where = plan.routineName() + " · stretch " + (p.stretchIndex() + 1) + " of " + plan.stretches().size();
        String rep = p.kind() == PlayerPhase.PhaseKind.SETUP || p.reps() == 1 ? "" : "Rep " + p.rep() + " of " + p.reps();
        String count;
        String countText;
        if (p.breaths() > 0) {
            count = String.valueOf(s.breathSecondsLeft());
            countText = (s.breathingIn() ? "Breathe in…" : "Breathe out…") + "  breath " + s.breath() + " of "
                    + p.breaths();
        } else {
            count = TimeWords.shortCountdown(s.secondsLeft());
            countText = switch (p.kind()) {
                case SETUP -> "to get into position";
                case HOLD -> st.dose().holdSeconds() >= 60 ? "to go" : "hold, and keep breathing";
                case REST -> "rest";
                case SWITCH -> "to change sides";
                case MOVE -> "move slowly";
            };
        }
        boolean paused = s.status() == PlayerState.Status.PAUSED;
        String changes = String.join("\n", planned.changes().stream().map(g -> g.reason()).toList());
        return new PlayerTexts(p.stretchIndex(), st.name(), st.line(), changes, where, p.side().label(), p.text(),
                rep, count, countText, PhaseText.next(phases, p), paused ? RESUME : PAUSE, paused, p.breaths() > 0,
                false);
    }
}
