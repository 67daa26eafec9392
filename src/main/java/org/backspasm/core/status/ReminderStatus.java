package org.backspasm.core.status;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.time.Clock;
import org.backspasm.core.companion.ReminderBusy;
import org.backspasm.core.companion.ReminderSchedule;
import org.backspasm.core.companion.ReminderTexts;
import org.backspasm.core.state.Sections;
import org.backspasm.core.state.StateReader;
import org.backspasm.core.therapy.TherapySession;
import org.backspasm.core.therapy.TherapyState;

/**
 * The next reminder in {@code --status}: {@code "nextReminder": null | {"kind", "at"}} ({@code "at"} null while an
 * ice or heat alarm holds it back), and "Next reminder: a walk at 14:30." in the line (nothing when none is on).
 * As the app would give it, from the stored settings, state, episode and timer.
 */
public final class ReminderStatus implements StatusPart {
    @Override
    public String key() {
        return "nextReminder";
    }

    static ReminderSchedule.Upcoming next(StateReader saved, Clock clock) {
        TherapyState therapy = saved.get(Sections.THERAPY);
        var timer = therapy == null || therapy.run() == null ? null
                : new TherapySession(clock, therapy, x -> { }, x -> { }).status().orElse(null);
        ReminderSchedule.Context now = new ReminderSchedule.Context(clock.instant(), clock.getZone(),
                saved.get(Sections.EPISODE) != null, null, ReminderBusy.of(timer), false);
        return ReminderSchedule.upcoming(saved.get(Sections.REMINDERS), saved.get(Sections.REMINDER_STATE), now);
    }

    @Override
    public JsonElement json(StateReader saved, Clock clock) {
        ReminderSchedule.Upcoming u = next(saved, clock);
        if (u == null) {
            return JsonNull.INSTANCE;
        }
        JsonObject r = new JsonObject();
        r.addProperty("kind", u.kind().name());
        r.addProperty("at", u.at() == null ? null : u.at().toString());
        return r;
    }

    @Override
    public String line(StateReader saved, Clock clock, java.util.Locale locale) {
        ReminderSchedule.Upcoming u = next(saved, clock);
        return u == null ? "" : ReminderTexts.nextLine(u, clock.getZone(), locale);
    }
}
