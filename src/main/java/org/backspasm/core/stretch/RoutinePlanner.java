package org.backspasm.core.stretch;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a routine into what will be played: the user's own order, stretches and reps (kept within each stretch's
 * safe bounds) or else the shipped list with the suggested reps; stretches a caution makes unsafe are left out with
 * the reason, and changes a caution asks for are attached.
 */
public final class RoutinePlanner {
    private final StretchContent content;

    public RoutinePlanner(StretchContent content) {
        this.content = content;
    }

    /** The routine's entries: the user's version if there is one (unknown stretches dropped), else as shipped. */
    public List<RoutineEntry> entries(Routine routine, StretchState state) {
        List<RoutineEntry> own = state.routines().get(routine.id());
        List<RoutineEntry> out = new ArrayList<>();
        if (own == null) {
            routine.stretchIds().forEach(id -> out.add(new RoutineEntry(id, null)));
        } else {
            own.stream().filter(e -> e != null && content.has(e.stretchId())).forEach(out::add);
        }
        return out;
    }

    public RoutinePlan plan(Routine routine, StretchState state) {
        List<PlannedStretch> play = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        for (RoutineEntry e : entries(routine, state)) {
            Stretch s = content.stretch(e.stretchId());
            Gate out = null;
            List<Gate> changes = new ArrayList<>();
            for (Gate g : s.gates()) {
                if (state.cautions().has(g.caution())) {
                    if (g.effect() == Gate.Effect.LEAVE_OUT) {
                        out = out == null ? g : out;
                    } else {
                        changes.add(g);
                    }
                }
            }
            if (out != null) {
                leftOut.add(new LeftOut(s, out));
                continue;
            }
            int reps = e.reps() != null ? s.dose().clampReps(e.reps())
                    : Progression.suggestedReps(s, state.progress());
            play.add(new PlannedStretch(s, reps, changes));
        }
        return new RoutinePlan(routine.id(), routine.name(), play, leftOut);
    }

    /** General advice for the answers given (e.g. see a clinician first after an injury). */
    public static List<String> askFirst(CautionAnswers answers) {
        List<String> out = new ArrayList<>();
        if (answers.has(Caution.RECENT_INJURY_OR_SURGERY)) {
            out.add("Your pain may follow an injury, fall or operation: please ask a doctor or physiotherapist "
                    + "before doing these stretches.");
        }
        if (answers.has(Caution.OSTEOPOROSIS)) {
            out.add("With osteoporosis, ask a doctor or physiotherapist which stretches suit you before you start.");
        }
        if (answers.has(Caution.PREGNANCY)) {
            out.add("In pregnancy, ask your midwife or doctor before starting new exercises.");
        }
        return out;
    }
}
