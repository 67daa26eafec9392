package org.backspasm.core.companion;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.backspasm.core.therapy.AlarmSchedule;
import org.backspasm.core.therapy.RunStatus;
import org.backspasm.core.therapy.SegmentStage;

/**
 * When the ice and heat timer has an alarm due, so no reminder shows: from {@link #MARGIN} before the segment's
 * end until {@link #MARGIN} after its last repeat (the pack-off alarm repeats for 20 minutes, "break over" once
 * after 5). Once the user moves the timer on, the next segment's own window applies. A paused skin break has none.
 */
public final class ReminderBusy {
    /** A reminder does not show this close to an ice or heat alarm. */
    public static final Duration MARGIN = Duration.ofMinutes(2);

    private ReminderBusy() {
    }

    public static List<ReminderSchedule.Busy> of(RunStatus s) {
        if (s == null || s.stage() == SegmentStage.PAUSED) {
            return List.of();
        }
        Instant first = AlarmSchedule.dueAt(s, 0);
        Instant last = AlarmSchedule.dueAt(s, AlarmSchedule.repeats(s));
        if (first == null || last == null) {
            return List.of();
        }
        return List.of(new ReminderSchedule.Busy(first.minus(MARGIN), last.plus(MARGIN)));
    }
}
