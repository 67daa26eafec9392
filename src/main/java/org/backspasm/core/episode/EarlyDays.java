package org.backspasm.core.episode;

import java.time.Instant;

/**
 * What Today says in the first days of an episode (CLINICAL-FACTS sections 2 and 3b): stay active, bed rest for
 * 1–2 days at most, and the usual course. Shown until the week is up, when the nudge to do the warning-sign check
 * takes its place.
 */
public final class EarlyDays {
    public static final String TEXT = "Stay as active as the pain allows. If you need bed rest, keep it to 1–2 days "
            + "at most: staying active helps you recover sooner. Back pain and spasms like this usually get better "
            + "within a few days to a few weeks.";
    /**
     * The same without an onset time (Today shows it whether or not one was entered): said for "the first days",
     * since the app cannot tell how long ago the spasm began.
     */
    public static final String WITHOUT_ONSET = "In the first days of a back spasm, stay as active as the pain allows. "
            + "If you need bed rest, keep it to 1–2 days at most: staying active helps you recover sooner. Back pain "
            + "and spasms like this usually get better within a few days to a few weeks.";
    /** The source ids behind {@link #TEXT} and {@link #WITHOUT_ONSET}. */
    public static final java.util.List<String> SOURCES = java.util.List.of("NHS-BACK", "NINDS", "NICE-NG59");

    private EarlyDays() {
    }

    /** In the first days: from the onset until the week is up. */
    public static boolean shownAt(Episode e, Instant now) {
        return !e.suggestsWarningSignCheck(now);
    }
}
