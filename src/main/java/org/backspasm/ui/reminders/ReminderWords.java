package org.backspasm.ui.reminders;

/** The words of the reminder window and of Settings → Reminders (kept out of the views, ready for the bundles). */
final class ReminderWords {
    static final String WINDOW_TITLE = "Reminder";
    static final String DONE = "Done";
    static final String START_ROUTINE = "Start the routine";
    static final String SNOOZE_10 = "In 10 min";
    static final String SNOOZE_HOUR = "In 1 hour";
    static final String NOT_TODAY = "Not today";
    static final String RATE_PROMPT = "Tap a number:";
    static final String KEYS = "Esc puts it away. Reminders never show in quiet hours.";

    static final String SECTION = "Reminders";
    static final String INTRO = "Gentle reminders through the episode, at most one at a time, never in quiet hours and "
            + "never while an ice or heat alarm is due. Each one can wait (10 minutes, an hour, or the rest of the day).";
    static final String WALKS = "Short walks";
    static final String PER_DAY = "a day";
    static final String ROUTINE = "Stretch routine at";
    static final String SECOND_TIME = "and at";
    static final String NO_SECOND = "(only once)";
    static final String SITTING = "Long sitting: stand up, walk or stretch after";
    static final String SITTING_HELP = "No source gives an interval for this: pick what suits you. Many people use 30 "
            + "to 60 minutes, as a habit, not a medical dose.";
    static final String HYDRATION = "A drink now and then (4 a day)";
    static final String FLUID_QUESTION = "Before this is switched on: has a doctor told you to limit how much you drink "
            + "(for example for kidney, heart or liver disease)?";
    static final String FLUID_YES = "Yes, I have a fluid limit";
    static final String FLUID_NO = "No";
    static final String FLUID_LIMITED = "Not offered: with a fluid limit, ask your doctor how much to drink.";
    static final String PAIN = "Pain rating at";
    static final String QUIET = "Quiet hours from";
    static final String QUIET_TO = "to";
    static final String EPISODE_NOTE = "Walks, the routine and the pain rating run while an episode is recorded "
            + "(Today: \"When did it start?\").";
    static final String MINUTES = "minutes";

    private ReminderWords() {
    }

    /** "Next reminder: a walk at 14:30." */
    static String next(org.backspasm.core.companion.ReminderSchedule.Upcoming u, java.time.ZoneId zone) {
        return org.backspasm.core.companion.ReminderTexts.nextLine(u, zone);
    }

    /** What the app can see of natural breaks and do-not-disturb here. */
    static String natural(org.backspasm.desktop.IdleSource idle) {
        String breaks = switch (idle.means()) {
            case X11_SCREENSAVER, WINDOWS_LAST_INPUT, MACOS_EVENT_SOURCE -> "Natural breaks count: after 5 minutes "
                    + "away from the keyboard and mouse, the time sat starts again.";
            case NONE -> "This computer does not tell the app how long you have been away from the keyboard and "
                    + "mouse, so the long-sitting reminder counts plain intervals from when the app starts or you "
                    + "last answered it.";
        };
        String dnd = idle.seesDoNotDisturb()
                ? " While do-not-disturb is on or a full-screen window is in front, a reminder waits (at most until "
                        + "quiet hours) and then shows once."
                : " This computer does not tell the app when do-not-disturb is on.";
        return breaks + dnd;
    }
}
