package org.backspasm.core.stretch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the stretch feature keeps (state section "stretch"): the caution answers, the user's own version of each
 * routine (absent = as shipped), and each stretch's progression. Immutable.
 */
public record StretchState(CautionAnswers cautions, Map<String, List<RoutineEntry>> routines,
        Map<String, StretchProgress> progress) {
    public static final StretchState EMPTY = new StretchState(CautionAnswers.NOT_ASKED, Map.of(), Map.of());

    public StretchState {
        cautions = cautions == null ? CautionAnswers.NOT_ASKED : cautions;
        routines = routines == null ? Map.of() : Map.copyOf(routines);
        progress = progress == null ? Map.of() : Map.copyOf(progress);
    }

    public StretchState withCautions(CautionAnswers value) {
        return new StretchState(value, routines, progress);
    }

    public StretchState withRoutine(String routineId, List<RoutineEntry> entries) {
        Map<String, List<RoutineEntry>> m = new HashMap<>(routines);
        if (entries == null) {
            m.remove(routineId);
        } else {
            m.put(routineId, new ArrayList<>(entries));
        }
        return new StretchState(cautions, m, progress);
    }

    public StretchState withProgress(Map<String, StretchProgress> value) {
        return new StretchState(cautions, routines, value);
    }
}
