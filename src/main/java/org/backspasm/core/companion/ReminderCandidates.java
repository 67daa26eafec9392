package org.backspasm.core.companion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The reminders still to come on a waking day, and when each is ready: the input of {@link ReminderSchedule}. */
final class ReminderCandidates {
    /** A reminder of {@code kind} that fell due at {@code dueAt} and can show from {@code readyAt}. */
    record Candidate(ReminderKind kind, Instant dueAt, Instant readyAt, ReminderState.Snooze snooze) {
    }

    private ReminderCandidates() {
    }

    /** Everything still to come on the day (some may be ready already), each kind within the day's number. */
    static List<Candidate> pending(ReminderSettings s, ReminderState st, ReminderSchedule.Context c, ReminderDay day) {
        List<Candidate> out = new ArrayList<>();
        for (ReminderState.Snooze z : st.snoozes()) {
            if (day.contains(z.until()) && s.runs(z.kind(), c.episode())) {
                out.add(new Candidate(z.kind(), z.dueAt(), z.until(), z));
            }
        }
        for (ReminderKind k : ReminderKind.values()) {
            if (!s.runs(k, c.episode())) {
                continue;
            }
            long left = ReminderSlots.perDay(s, k, day, c.zone()) - st.shownOn(k, day);
            if (left <= 0) {
                continue;
            }
            Instant through = st.through(k);
            if (k == ReminderKind.SITTING) {
                Instant base = latest(day.start(), through, c.sittingSince());
                Instant due = base.plus(s.sittingInterval());
                if (day.contains(due)) {
                    out.add(new Candidate(k, due, due, null));
                }
                continue;
            }
            for (Instant slot : ReminderSlots.of(s, k, day, c.zone())) {
                if (left > 0 && (through == null || slot.isAfter(through))) {
                    out.add(new Candidate(k, slot, slot, null));
                    left--;
                    if (slot.isAfter(c.now())) {
                        break; // everything already due, and the first still to come
                    }
                }
            }
        }
        return out;
    }

    private static Instant latest(Instant a, Instant... more) {
        Instant out = a;
        for (Instant t : more) {
            if (t != null && t.isAfter(out)) {
                out = t;
            }
        }
        return out;
    }
}
