package org.backspasm.ui.stretch;

import java.util.List;
import org.backspasm.core.stretch.Gate;
import org.backspasm.core.stretch.LeftOut;
import org.backspasm.core.stretch.PlannedStretch;
import org.backspasm.core.stretch.RoutinePlan;
import org.backspasm.core.stretch.Stretch;

/**
 * One stretch of the chosen routine as the routine page shows it: the stretch as it will be played ({@code shown},
 * a gentler version for a caution), the reps, and why it was changed or left out (the page words them).
 *
 * @param original  the stretch the user put in the routine
 * @param leftOut   why it is left out of the plan, or null
 * @param changes   the cautions' changes it is played with (one line each)
 * @param keptShort whether a caution keeps its reps from rising
 */
public record RoutineRow(int index, int count, Stretch original, Stretch shown, int reps, boolean keptShort,
        LeftOut leftOut, List<Gate> changes) {

    public RoutineRow {
        changes = List.copyOf(changes);
    }

    /** The row for entry {@code index} of {@code count}, whose reps are {@code reps} when it is not in the plan. */
    static RoutineRow of(int index, int count, Stretch s, int reps, RoutinePlan plan) {
        PlannedStretch planned = plan.stretches().stream().filter(p -> p.original().id().equals(s.id()))
                .findFirst().orElse(null);
        boolean keptShort = planned != null
                && planned.changes().stream().anyMatch(g -> g.effect() == Gate.Effect.KEEP_SHORT);
        LeftOut leftOut = plan.leftOut().stream().filter(l -> l.stretch().id().equals(s.id())).findFirst()
                .orElse(null);
        return new RoutineRow(index, count, s, planned == null ? s : planned.stretch(),
                planned == null ? reps : planned.reps(), keptShort, leftOut,
                planned == null ? List.of() : planned.changes());
    }

    /** Whether the user may change the reps at all. */
    public boolean adjustable() {
        return original.dose().minReps() < original.dose().maxReps();
    }

    public boolean canHaveFewer() {
        return reps > original.dose().minReps();
    }

    public boolean canHaveMore() {
        return reps < original.dose().maxReps() && !keptShort;
    }

    public boolean first() {
        return index == 0;
    }

    public boolean last() {
        return index == count - 1;
    }
}
