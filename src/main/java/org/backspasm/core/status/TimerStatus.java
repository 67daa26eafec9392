package org.backspasm.core.status;

import java.util.Locale;
import org.backspasm.core.i18n.Messages;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.time.Clock;
import java.time.Instant;
import org.backspasm.core.state.Sections;
import org.backspasm.core.state.StateReader;
import org.backspasm.core.therapy.AlarmSchedule;
import org.backspasm.core.therapy.RunStatus;
import org.backspasm.core.therapy.SegmentStage;
import org.backspasm.core.therapy.TherapyPlan;
import org.backspasm.core.therapy.TherapySession;
import org.backspasm.core.therapy.TherapyState;
import org.backspasm.core.therapy.TimeWords;

/**
 * The ice and heat timer in {@code --status}: the segment, what is left or how long it is overdue, and the reminders
 * as the app's alarm computes them, from the stored instants.
 */
public final class TimerStatus implements StatusPart {
    @Override
    public String key() {
        return "timer";
    }

    /** The run as the app reads it (clock set back, a pack paused by an older version), saving nothing. */
    private static RunStatus timer(StateReader saved, Clock clock) {
        TherapyState therapy = saved.get(Sections.THERAPY);
        if (therapy == null || therapy.run() == null) {
            return null;
        }
        return new TherapySession(clock, therapy, x -> { }, x -> { }).status().orElse(null);
    }

    @Override
    public JsonElement json(StateReader saved, Clock clock) {
        RunStatus timer = timer(saved, clock);
        if (timer == null) {
            return JsonNull.INSTANCE;
        }
        Instant now = clock.instant();
        JsonObject t = new JsonObject();
        t.addProperty("mode", timer.mode().name());
        t.addProperty("segment", timer.kind().name());
        t.addProperty("round", timer.round());
        t.addProperty("rounds", timer.rounds());
        t.addProperty("remainingSeconds", (timer.remaining().toMillis() + 999) / 1000);
        t.addProperty("segmentEndsAt", timer.endsAt().toString());
        t.addProperty("paused", timer.stage() == SegmentStage.PAUSED);
        t.addProperty("stage", timer.stage().name());
        t.addProperty("overdueSeconds", timer.over().getSeconds());
        t.addProperty("reminders", Math.max(0, AlarmSchedule.latestDue(timer, null, now)));
        t.addProperty("remindersMax", AlarmSchedule.repeats(timer));
        Instant next = AlarmSchedule.nextDue(timer, now);
        t.addProperty("nextAlertAt", next == null ? null : next.toString());
        return t;
    }

    @Override
    public String line(StateReader saved, Clock clock, Locale locale) {
        Messages m = Messages.of(BUNDLE, locale);
        RunStatus timer = timer(saved, clock);
        if (timer == null) {
            return m.text("timer.none");
        }
        String kind = TimeWords.kind(timer.kind(), locale);
        String what = timer.rounds() == TherapyPlan.UNTIL_STOPPED ? m.text("timer.round", kind, timer.round())
                : m.text("timer.roundOf", kind, timer.round(), timer.rounds());
        String until = TimeWords.clockTime(timer.endsAt(), clock.getZone(), locale);
        String left = TimeWords.countdown(timer.remaining());
        return switch (timer.stage()) {
            case COUNTING -> m.text("timer.counting", what, left, until);
            case PAUSED -> m.text("timer.paused", what, left);
            case PACK_OFF_DUE -> m.text("timer.packOffDue", what, until, reminders(timer, clock, m, locale));
            case BREAK_OVER -> m.text("timer.breakOver", what, until, reminders(timer, clock, m, locale));
        };
    }

    /** "reminder 3 of 10, next at 14:28", from the stored instants (as the app's alarm computes them). */
    private static String reminders(RunStatus timer, Clock clock, Messages m, Locale locale) {
        Instant now = clock.instant();
        int n = Math.max(0, AlarmSchedule.latestDue(timer, null, now));
        Instant next = AlarmSchedule.nextDue(timer, now);
        String done = n == 0 ? m.text("timer.noReminderYet") : m.text("timer.reminderOf", n, AlarmSchedule.repeats(timer));
        return next == null ? m.text("timer.noMoreReminders", done)
                : m.text("timer.nextAt", done, TimeWords.clockTime(next, clock.getZone(), locale));
    }
}
