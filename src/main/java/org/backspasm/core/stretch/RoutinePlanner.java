package org.backspasm.core.stretch;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a routine into what will be played: the user's own order, stretches and reps (kept within each stretch's
 * safe bounds) or else the shipped list with the suggested reps. Then the cautions: stretches a caution makes
 * unsafe are left out with the reason; a variant written for a caution is played in place of the stretch (e.g.
 * only part way with osteoporosis); changes a caution asks for are attached; and stretches to keep short (lying on
 * the back in pregnancy) play no more than their starting reps and never straight after one another.
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
        CautionAnswers answers = state.cautions();
        List<PlannedStretch> play = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        boolean lastShort = false;
        for (RoutineEntry e : entries(routine, state)) {
            Stretch original = content.stretch(e.stretchId());
            Gate out = first(original, answers, Gate.Effect.LEAVE_OUT);
            if (out != null) {
                leftOut.add(new LeftOut(original, out));
                continue;
            }
            Gate replace = first(original, answers, Gate.Effect.REPLACE);
            Stretch s = replace == null ? original : content.stretch(replace.replaceWith());
            List<Gate> changes = new ArrayList<>();
            if (replace != null) {
                applying(original, answers).stream().filter(g -> g.effect() == Gate.Effect.REPLACE)
                        .forEach(changes::add);
                Gate variantOut = first(s, answers, Gate.Effect.LEAVE_OUT);
                if (variantOut != null) {
                    leftOut.add(new LeftOut(original, variantOut));
                    continue;
                }
            }
            for (Gate g : applying(s, answers)) {
                if ((g.effect() == Gate.Effect.MODIFY || g.effect() == Gate.Effect.KEEP_SHORT)
                        && changes.stream().noneMatch(c -> c.reason().english().equals(g.reason().english()))) {
                    changes.add(g);
                }
            }
            Gate keepShort = first(s, answers, Gate.Effect.KEEP_SHORT);
            if (keepShort != null && lastShort) {
                leftOut.add(new LeftOut(original, keepShort, true));
                continue;
            }
            lastShort = keepShort != null;
            int reps = e.reps() != null ? s.dose().clampReps(e.reps()) : Progression.suggestedReps(s, state.progress());
            if (keepShort != null) {
                reps = Math.min(reps, s.dose().reps());
            }
            play.add(new PlannedStretch(s, reps, changes, original));
        }
        return new RoutinePlan(routine.id(), routine.name(), play, leftOut);
    }

    private static List<Gate> applying(Stretch s, CautionAnswers answers) {
        return s.gates().stream().filter(g -> answers.has(g.caution())).toList();
    }

    private static Gate first(Stretch s, CautionAnswers answers, Gate.Effect effect) {
        return applying(s, answers).stream().filter(g -> g.effect() == effect).findFirst().orElse(null);
    }

    /** General advice for the answers given (e.g. see a clinician first after an injury), in order. */
    public static List<AskFirst> askFirst(CautionAnswers answers) {
        List<AskFirst> out = new ArrayList<>();
        if (answers.needsClinicianOk()) {
            out.add(AskFirst.INJURY_NOT_CLEARED);
        } else if (answers.has(Caution.RECENT_INJURY_OR_SURGERY)) {
            out.add(AskFirst.INJURY_CLEARED);
        }
        if (answers.has(Caution.OSTEOPOROSIS)) {
            out.add(AskFirst.OSTEOPOROSIS);
        }
        if (answers.has(Caution.PREGNANCY)) {
            out.add(AskFirst.PREGNANCY);
        }
        return out;
    }
}
