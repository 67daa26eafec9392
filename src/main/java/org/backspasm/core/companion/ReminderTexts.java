package org.backspasm.core.companion;

import java.util.List;

/**
 * What each reminder says, in the app's own words from CLINICAL-FACTS sections 2 and 6, with the ids of the
 * sources behind it (shown under "Why?"). Long sitting is a habit the user chose, never a dose; hydration makes no
 * claim about back spasms (the one study tested calf cramps).
 */
public final class ReminderTexts {
    /** A reminder's words: a title, one or two sentences, and its source ids. */
    public record Text(String title, String body, List<String> sources) {
    }

    private ReminderTexts() {
    }

    public static Text of(Reminder r, ReminderSettings s) {
        Text t = of(r.kind(), s);
        return r.catchUp() ? new Text("While you were away: " + lower(t.title()), t.body(), t.sources()) : t;
    }

    public static Text of(ReminderKind kind, ReminderSettings s) {
        return switch (kind) {
            case WALK -> new Text("Time for a walk",
                    "A short walk of 5 to 10 minutes on level ground, at an easy pace. Leave hills and stairs "
                            + "for later, and build up gradually.",
                    List.of("HEALTHWISE", "NHS-INFORM"));
            case ROUTINE -> new Text("Time for your stretches",
                    "Your routine, once or twice a day. Keeping it up for 6 to 8 weeks helps prevent another "
                            + "episode. Stop any stretch that makes the pain worse.",
                    List.of("NHS-INFORM", "NHS-BACK"));
            case SITTING -> new Text("Stand up, walk or stretch",
                    "You have been sitting for " + minutes(s.sittingMinutes()) + ". Staying active helps a back "
                            + "recover: stand up and move for a minute or two.",
                    List.of("NHS-BACK"));
            case HYDRATION -> new Text("Time for a drink",
                    "Drink enough through the day. This is general advice: no study has shown that it prevents "
                            + "back spasms.",
                    List.of("HEALTHWISE", "LAU2019"));
            case PAIN_RATING -> new Text("How is your back today?",
                    "Rate your pain from 0 (none) to 10 (worst imaginable). Your ratings show how the episode is "
                            + "going; a fall of about 2 points is a change people call much better.",
                    List.of("FARRAR2001"));
        };
    }

    /** What the kind is called in Settings, the tray and the status line. */
    public static String name(ReminderKind kind) {
        return switch (kind) {
            case WALK -> "a walk";
            case ROUTINE -> "your stretches";
            case SITTING -> "standing up";
            case HYDRATION -> "a drink";
            case PAIN_RATING -> "the pain rating";
        };
    }

    /** "Next reminder: a walk at 14:30." (or, while an ice or heat alarm holds it, "…once the alarm is dealt with"). */
    public static String nextLine(ReminderSchedule.Upcoming u, java.time.ZoneId zone) {
        if (u == null) {
            return "No reminder is coming: none is switched on, or none runs without an episode.";
        }
        if (u.at() == null) {
            return "Next reminder: " + name(u.kind()) + ", once the ice or heat alarm is dealt with.";
        }
        return "Next reminder: " + name(u.kind()) + " at "
                + org.backspasm.core.therapy.TimeWords.clockTime(u.at(), zone) + ".";
    }

    private static String minutes(Integer m) {
        if (m == null) {
            return "a while";
        }
        if (m % 60 == 0) {
            return m / 60 == 1 ? "an hour" : m / 60 + " hours";
        }
        return m + " minutes";
    }

    private static String lower(String title) {
        return Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }
}
