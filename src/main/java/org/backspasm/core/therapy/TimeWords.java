package org.backspasm.core.therapy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.backspasm.core.i18n.Formats;
import org.backspasm.core.i18n.Messages;

/**
 * Durations and clock times in plain words, in a locale's language (bundle {@code words}): "12 minutes", "1 minute",
 * "14:40"; "12 minutos". The forms without a locale are English.
 */
public final class TimeWords {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final Locale ENGLISH = Locale.UK;

    private TimeWords() {
    }

    public static String minutes(Duration d) {
        return minutes(d, ENGLISH);
    }

    public static String minutes(Duration d, Locale locale) {
        return words(locale).text("time.minutes", Math.max(0, d.toMinutes()));
    }

    /** A longer span in plain words: "1 day", "25 hours", "about 3 hours", "40 minutes". */
    public static String span(Duration d) {
        return span(d, ENGLISH);
    }

    public static String span(Duration d, Locale locale) {
        Duration a = d.abs();
        long hours = a.toHours();
        boolean whole = a.toMinutesPart() == 0;
        if (hours >= 24 && whole && hours % 24 == 0) {
            return words(locale).text("time.days", hours / 24);
        }
        if (hours >= 1 && whole) {
            return words(locale).text("time.hours", hours);
        }
        if (hours >= 2) {
            return words(locale).text("time.aboutHours", Math.round(a.toMinutes() / 60.0));
        }
        return minutes(a, locale);
    }

    public static String clockTime(Instant at, ZoneId zone) {
        return HH_MM.format(at.atZone(zone));
    }

    /** A clock time as the locale writes it ("14:40"). */
    public static String clockTime(Instant at, ZoneId zone, Locale locale) {
        return Formats.of(locale).time(at.atZone(zone).toLocalTime());
    }

    /** The name of a segment: "Ice on", "Heat on", "Skin break". */
    public static String kind(SegmentKind kind, Locale locale) {
        return switch (kind) {
            case APPLY_ICE -> words(locale).text("segment.iceOn");
            case APPLY_HEAT -> words(locale).text("segment.heatOn");
            case SKIN_BREAK -> words(locale).text("segment.skinBreak");
        };
    }

    static Messages words(Locale locale) {
        return Messages.of("words", locale);
    }

    /** A countdown as m:ss (or h:mm:ss), rounded up so it shows 0:00 only at the very end. */
    public static String countdown(Duration d) {
        long s = Math.max(0, (d.toMillis() + 999) / 1000);
        long h = s / 3600;
        long m = (s % 3600) / 60;
        long sec = s % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, sec) : String.format("%d:%02d", m, sec);
    }

    /** Like {@link #countdown}, but under a minute just the seconds ("45"): a stretch step's countdown. */
    public static String shortCountdown(int seconds) {
        return seconds >= 60 ? countdown(Duration.ofSeconds(seconds)) : String.valueOf(seconds);
    }
}
