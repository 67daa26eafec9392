package org.backspasm.core.episode;

import java.time.Duration;

/**
 * Where an episode stands, from the time since onset: the first 48 hours (ice is the usual convention), the
 * 48–72 hour switchover, after 72 hours (heat), and over 12 weeks (long-lasting, called chronic).
 * Sources: NINDS (cold first, heat after 2–3 days), ACP2017 (acute &lt; 4 weeks, chronic &gt; 12 weeks).
 */
public enum Phase {
    ICE_WINDOW("First 48 hours"),
    SWITCHOVER_WINDOW("48–72 hours: switchover"),
    HEAT_WINDOW("After 72 hours"),
    CHRONIC("Over 12 weeks: long-lasting");

    public static final Duration ICE_END = Duration.ofHours(48);
    public static final Duration HEAT_START = Duration.ofHours(72);
    public static final Duration CHRONIC_AFTER = Duration.ofDays(7 * 12);

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The phase's name in the locale's language (bundle {@code words}). */
    public String label(java.util.Locale locale) {
        org.backspasm.core.i18n.Messages m = org.backspasm.core.i18n.Messages.of("words", locale);
        return switch (this) {
            case ICE_WINDOW -> m.text("phase.ice");
            case SWITCHOVER_WINDOW -> m.text("phase.switchover");
            case HEAT_WINDOW -> m.text("phase.heat");
            case CHRONIC -> m.text("phase.chronic");
        };
    }

    /** The phase for a time since onset (a negative time counts as zero). Chronic is strictly over 12 weeks. */
    public static Phase of(Duration sinceOnset) {
        if (sinceOnset.compareTo(ICE_END) < 0) {
            return ICE_WINDOW;
        }
        if (sinceOnset.compareTo(HEAT_START) < 0) {
            return SWITCHOVER_WINDOW;
        }
        if (sinceOnset.compareTo(CHRONIC_AFTER) <= 0) {
            return HEAT_WINDOW;
        }
        return CHRONIC;
    }
}
