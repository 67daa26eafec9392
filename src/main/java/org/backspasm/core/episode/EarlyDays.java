package org.backspasm.core.episode;

import java.time.Instant;
import java.util.Locale;
import org.backspasm.core.i18n.Messages;

/**
 * What Today says in the first days of an episode (CLINICAL-FACTS sections 2 and 3b): stay active, bed rest for
 * 1–2 days at most, and the usual course. Shown until the week is up, when the nudge to do the warning-sign check
 * takes its place.
 */
public final class EarlyDays {
    /** The text in English (the {@code today} bundle has it in every language: {@link #text(Locale)}). */
    public static final String TEXT = text(Locale.UK);
    /**
     * The same without an onset time (Today shows it whether or not one was entered): said for "the first days",
     * since the app cannot tell how long ago the spasm began.
     */
    public static final String WITHOUT_ONSET = withoutOnset(Locale.UK);
    /** The source ids behind {@link #TEXT} and {@link #WITHOUT_ONSET}. */
    public static final java.util.List<String> SOURCES = java.util.List.of("NHS-BACK", "NINDS", "NICE-NG59");

    private EarlyDays() {
    }

    /** Stay active, bed rest 1–2 days at most, the usual course: in the locale's language. */
    public static String text(Locale locale) {
        return Messages.of("today", locale).text("earlyDays.withOnset");
    }

    /** The same for "the first days", when no onset time was entered. */
    public static String withoutOnset(Locale locale) {
        return Messages.of("today", locale).text("earlyDays.withoutOnset");
    }

    /** In the first days: from the onset until the week is up. */
    public static boolean shownAt(Episode e, Instant now) {
        return !e.suggestsWarningSignCheck(now);
    }
}
