package org.backspasm.core.episode;

import java.time.Instant;

/**
 * What Today says in the first days of an episode (CLINICAL-FACTS sections 2 and 3b): stay active, bed rest for
 * 1–2 days at most, and the usual course. Shown until the week is up, when the nudge to do the warning-sign check
 * takes its place.
 */
public final class EarlyDays {
    /** The source ids behind {@link #text}. */
    public static final java.util.List<String> SOURCES = java.util.List.of("NHS-BACK", "NINDS", "NICE-NG59");

    private EarlyDays() {
    }

    /** What it says, in the locale's language. */
    public static String text(java.util.Locale locale) {
        return org.backspasm.core.i18n.Messages.of(OnsetCheck.BUNDLE, locale).text("earlyDays");
    }

    /** In the first days: from the onset until the week is up. */
    public static boolean shownAt(Episode e, Instant now) {
        return !e.suggestsWarningSignCheck(now);
    }
}
