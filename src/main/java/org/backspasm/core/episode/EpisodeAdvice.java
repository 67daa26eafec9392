package org.backspasm.core.episode;

import java.util.List;

/** The episode card's advice and its sources (CLINICAL-FACTS), kept out of the views. */
public final class EpisodeAdvice {
    /** Why the app asks when the spasm began. */
    public static final String WHY_ASK = "The app then counts the hours: ice is usual in the first 48–72 hours, "
            + "heat after that (heat can help from day 1).";
    public static final List<String> WHY_ASK_SOURCES = List.of("NINDS", "ACP2017");
    /** The nudge after a week without improvement. */
    public static final List<String> WEEK_NUDGE_SOURCES = List.of("CSP", "NHS-INFORM", "MAYO-BP");

    private EpisodeAdvice() {
    }
}
