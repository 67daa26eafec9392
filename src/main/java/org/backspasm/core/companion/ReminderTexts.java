package org.backspasm.core.companion;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.backspasm.core.i18n.Messages;
import org.backspasm.core.therapy.TimeWords;

/**
 * What each reminder says, in the app's own words from CLINICAL-FACTS sections 2 and 6 (bundle {@code reminders}),
 * with the ids of the sources behind it (shown under "Why?"). Long sitting is a habit the user chose, never a dose;
 * hydration makes no claim about back spasms (the one study tested calf cramps).
 */
public final class ReminderTexts {
    /** The bundle: {@code org/backspasm/i18n/reminders.properties}. */
    public static final String BUNDLE = "reminders";

    /** A reminder's words: a title, one or two sentences, and its source ids. */
    public record Text(String title, String body, List<String> sources) {
    }

    private ReminderTexts() {
    }

    public static Text of(Reminder r, ReminderSettings s, Locale locale) {
        Text t = of(r.kind(), s, locale);
        return r.catchUp() ? new Text(catchUp(r.kind(), Messages.of(BUNDLE, locale)), t.body(), t.sources()) : t;
    }

    public static Text of(ReminderKind kind, ReminderSettings s, Locale locale) {
        Messages m = Messages.of(BUNDLE, locale);
        return switch (kind) {
            case WALK -> new Text(m.text("walk.title"), m.text("walk.body"), List.of("HEALTHWISE", "NHS-INFORM"));
            case ROUTINE -> new Text(m.text("routine.title"), m.text("routine.body"),
                    List.of("NHS-INFORM", "NHS-BACK"));
            case SITTING -> new Text(m.text("sitting.title"), m.text("sitting.body", sitting(s.sittingMinutes(), m)),
                    List.of("NHS-BACK"));
            case HYDRATION -> new Text(m.text("hydration.title"), m.text("hydration.body"),
                    List.of("HEALTHWISE", "LAU2019"));
            case PAIN_RATING -> new Text(m.text("pain.title"), m.text("pain.body"), List.of("FARRAR2001"));
        };
    }

    private static String catchUp(ReminderKind kind, Messages m) {
        return switch (kind) {
            case WALK -> m.text("walk.catchUp");
            case ROUTINE -> m.text("routine.catchUp");
            case SITTING -> m.text("sitting.catchUp");
            case HYDRATION -> m.text("hydration.catchUp");
            case PAIN_RATING -> m.text("pain.catchUp");
        };
    }

    /** What the kind is called in the next-reminder line (Settings, the tray, {@code --status}). */
    public static String name(ReminderKind kind, Locale locale) {
        Messages m = Messages.of(BUNDLE, locale);
        return switch (kind) {
            case WALK -> m.text("name.walk");
            case ROUTINE -> m.text("name.routine");
            case SITTING -> m.text("name.sitting");
            case HYDRATION -> m.text("name.hydration");
            case PAIN_RATING -> m.text("name.pain");
        };
    }

    /** "Next reminder: a walk at 14:30." (or, while an ice or heat alarm holds it, "…once the alarm is dealt with"). */
    public static String nextLine(ReminderSchedule.Upcoming u, ZoneId zone, Locale locale) {
        Messages m = Messages.of(BUNDLE, locale);
        if (u == null) {
            return m.text("next.none");
        }
        if (u.at() == null) {
            return m.text("next.held", name(u.kind(), locale));
        }
        return m.text("next.at", name(u.kind(), locale), TimeWords.clockTime(u.at(), zone, locale));
    }

    private static String sitting(Integer minutes, Messages m) {
        if (minutes == null) {
            return m.text("sitting.aWhile");
        }
        return minutes % 60 == 0 ? m.text("sitting.hours", minutes / 60) : m.text("sitting.minutes", minutes);
    }
}
