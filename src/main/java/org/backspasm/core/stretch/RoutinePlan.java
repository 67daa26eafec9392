package org.backspasm.core.stretch;

import java.util.ArrayList;
import java.util.List;
import org.backspasm.core.content.LocalText;

/** What will be played: the routine's stretches after the user's changes, progression and cautions. */
public record RoutinePlan(String routineId, LocalText routineName, List<PlannedStretch> stretches,
        List<LeftOut> leftOut) {
    public static final int SETUP_SECONDS = 10;
    public static final int SWITCH_SECONDS = 6;

    public RoutinePlan {
        stretches = List.copyOf(stretches);
        leftOut = List.copyOf(leftOut);
    }

    /** The routine cut into timed phases, in order. */
    public List<PlayerPhase> phases() {
        List<PlayerPhase> out = new ArrayList<>();
        for (int si = 0; si < stretches.size(); si++) {
            PlannedStretch p = stretches.get(si);
            Stretch s = p.stretch();
            Sides sides = s.dose().sides();
            Side first = sides == Sides.LEFT_THEN_RIGHT ? Side.LEFT : Side.NONE;
            out.add(phase(out, si, s, PlayerPhase.PhaseKind.SETUP, s.startText(), s.startPose(), "", first, 1, p.reps(),
                    SETUP_SECONDS, 0));
            if (sides == Sides.LEFT_THEN_RIGHT) {
                reps(out, si, p, Side.LEFT);
                out.add(phase(out, si, s, PlayerPhase.PhaseKind.SWITCH, LocalText.NONE, s.startPose(), "", Side.RIGHT,
                        1, p.reps(), SWITCH_SECONDS, 0));
                reps(out, si, p, Side.RIGHT);
            } else {
                reps(out, si, p, null);
            }
        }
        return out;
    }

    private static void reps(List<PlayerPhase> out, int si, PlannedStretch p, Side only) {
        Stretch s = p.stretch();
        Dose d = s.dose();
        for (int rep = 1; rep <= p.reps(); rep++) {
            List<Side> sides = only != null ? List.of(only)
                    : d.sides() == Sides.BOTH ? List.of(Side.LEFT, Side.RIGHT) : List.of(Side.NONE);
            for (Side side : sides) {
                for (StretchStep step : s.steps()) {
                    boolean hold = step.kind() == StretchStep.StepKind.HOLD;
                    out.add(phase(out, si, s, hold ? PlayerPhase.PhaseKind.HOLD : PlayerPhase.PhaseKind.MOVE, step.text(), step.pose(),
                            step.loopPose(), side, rep, p.reps(), hold ? d.holdLength() : step.seconds(),
                            hold ? d.breaths() : 0));
                }
            }
            if (rep < p.reps() && d.restSeconds() > 0) {
                out.add(phase(out, si, s, PlayerPhase.PhaseKind.REST, LocalText.NONE, s.startPose(), "",
                        sides.get(sides.size() - 1), rep, p.reps(), d.restSeconds(), 0));
            }
        }
    }

    private static PlayerPhase phase(List<PlayerPhase> out, int si, Stretch s, PlayerPhase.PhaseKind kind,
            LocalText text, String pose,
            String loop, Side side, int rep, int reps, int seconds, int breaths) {
        return new PlayerPhase(out.size(), si, s.id(), s.name(), kind, text, pose, loop, side, rep, reps, seconds, breaths);
    }

    /** The whole routine's length in seconds, without pauses. */
    public int totalSeconds() {
        return phases().stream().mapToInt(PlayerPhase::seconds).sum();
    }
}
