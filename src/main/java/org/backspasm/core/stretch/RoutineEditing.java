package org.backspasm.core.stretch;

import java.util.ArrayList;
import java.util.List;

/** Changes to a user's routine: move, drop, add a stretch, change its reps within the stretch's safe bounds. */
public final class RoutineEditing {
    private RoutineEditing() {
    }

    public static List<RoutineEntry> move(List<RoutineEntry> entries, int index, int by) {
        List<RoutineEntry> out = new ArrayList<>(entries);
        int to = index + by;
        if (index < 0 || index >= out.size() || to < 0 || to >= out.size()) {
            return out;
        }
        out.add(to, out.remove(index));
        return out;
    }

    public static List<RoutineEntry> remove(List<RoutineEntry> entries, int index) {
        List<RoutineEntry> out = new ArrayList<>(entries);
        if (index >= 0 && index < out.size()) {
            out.remove(index);
        }
        return out;
    }

    public static List<RoutineEntry> add(List<RoutineEntry> entries, Stretch stretch) {
        List<RoutineEntry> out = new ArrayList<>(entries);
        out.add(new RoutineEntry(stretch.id(), null));
        return out;
    }

    /** Sets the reps, kept within the stretch's bounds. */
    public static List<RoutineEntry> setReps(List<RoutineEntry> entries, int index, Stretch stretch, int reps) {
        List<RoutineEntry> out = new ArrayList<>(entries);
        if (index >= 0 && index < out.size()) {
            out.set(index, new RoutineEntry(out.get(index).stretchId(), stretch.dose().clampReps(reps)));
        }
        return out;
    }
}
