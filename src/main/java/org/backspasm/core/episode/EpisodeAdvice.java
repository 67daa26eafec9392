package org.backspasm.core.episode;

import java.util.List;

/** The episode card's advice and its sources (CLINICAL-FACTS), kept out of the views. */
public final class EpisodeAdvice {
    /** Why the app asks when the spasm began, in the locale's language. */
    public static String whyAsk(java.util.Locale locale) {
        return org.backspasm.core.i18n.Messages.of(OnsetCheck.BUNDLE, locale).text("whyAsk");
    }

    public static final List<String> WHY_ASK_SOURCES = List.of("NINDS", "ACP2017");
    /** The nudge after a week without improvement. */
    public static final List<String> WEEK_NUDGE_SOURCES = List.of("CSP", "NHS-INFORM", "MAYO-BP");

    private EpisodeAdvice() {
    }
}
