package org.backspasm.core.companion;

/** The reminders the app can give through an episode (CLINICAL-FACTS section 6). */
public enum ReminderKind {
    /** A short walk, 5–10 minutes on level ground, a few times a day. */
    WALK,
    /** The stretch routine, once or twice a day at times the user picks. */
    ROUTINE,
    /** Stand up, walk or stretch after sitting for the interval the user picked. */
    SITTING,
    /** A drink; off by default and never offered to someone with a fluid limit. */
    HYDRATION,
    /** The daily pain rating. */
    PAIN_RATING
}
