package org.backspasm.core.stretch;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Suggested reps start at the stretch's dose and rise by its step (1 or 2) once every few pain-free days on which it
 * was done, up to its maximum. A session stopped for pain never raises anything and starts the count again.
 */
public final class Progression {
    /** Pain-free days with a stretch before its suggested reps rise. */
    public static final int DAYS_PER_RISE = 3;

    private Progression() {
    }

    public static int suggestedReps(Stretch s, Map<String, StretchProgress> progress) {
        StretchProgress p = progress.get(s.id());
        return s.dose().clampReps(p == null ? s.dose().reps() : p.reps());
    }

    /** The progress after a session. {@code done} are the stretches played to their end. */
    public static Map<String, StretchProgress> afterSession(Map<String, StretchProgress> before, StretchContent content,
            List<String> done, boolean completed, boolean stoppedForPain, LocalDate day) {
        Map<String, StretchProgress> after = new HashMap<>(before);
        if (stoppedForPain) {
            for (Map.Entry<String, StretchProgress> e : before.entrySet()) {
                after.put(e.getKey(), new StretchProgress(e.getValue().reps(), 0, e.getValue().lastCountedDay()));
            }
            return after;
        }
        if (!completed) {
            return after;
        }
        for (String id : done) {
            if (!content.has(id)) {
                continue;
            }
            Stretch s = content.stretch(id);
            int reps = suggestedReps(s, before);
            StretchProgress p = before.get(id);
            if (p != null && day.toString().equals(p.lastCountedDay())) {
                continue;
            }
            int days = (p == null ? 0 : p.painFreeDays()) + 1;
            if (days >= DAYS_PER_RISE && s.dose().repStep() > 0 && reps < s.dose().maxReps()) {
                after.put(id, new StretchProgress(s.dose().clampReps(reps + s.dose().repStep()), 0, day.toString()));
            } else {
                after.put(id, new StretchProgress(reps, Math.min(days, DAYS_PER_RISE), day.toString()));
            }
        }
        return after;
    }
}
