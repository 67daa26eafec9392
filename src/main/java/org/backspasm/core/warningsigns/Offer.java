package org.backspasm.core.warningsigns;

import java.util.List;

/**
 * A suggestion to do the warning-sign check, with the reason it appears (a text of the {@code warningsigns} bundle
 * and its arguments; a clock time is written as the language writes it) and its source ids.
 */
public record Offer(String id, String reasonKey, List<Object> reasonArgs, List<String> sources) {
    public Offer {
        reasonArgs = List.copyOf(reasonArgs);
        sources = List.copyOf(sources);
    }

    /** The reason in English. */
    public String reason() {
        return reason(java.util.Locale.UK);
    }

    /** The reason in plain words, in the locale's language. */
    public String reason(java.util.Locale locale) {
        Object[] args = reasonArgs.stream().map(a -> a instanceof java.time.LocalTime t
                ? org.backspasm.core.i18n.Formats.of(locale).time(t) : a).toArray();
        return org.backspasm.core.i18n.Messages.of(Finding.BUNDLE, locale).text(reasonKey, args);
    }

    public static final String EPISODE_WEEK = "episode-week";
    public static final String LONG_TERM = "long-term";
    public static final String HIGH_PAIN = "high-pain";
    public static final String STRETCH_PAIN = "stretch-pain";
}
