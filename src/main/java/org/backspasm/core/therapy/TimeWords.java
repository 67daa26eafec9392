package org.backspasm.core.therapy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Durations and clock times in plain words: "12 minutes", "1 minute", "14:40". */
public final class TimeWords {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private TimeWords() {
    }

    public static String minutes(Duration d) {
        long m = Math.max(0, d.toMinutes());
        return m == 1 ? "1 minute" : m + " minutes";
    }

    /** A longer span in plain words: "1 day", "25 hours", "about 3 hours", "40 minutes". */
    public static String span(Duration d) {
        Duration a = d.abs();
        long hours = a.toHours();
        boolean whole = a.toMinutesPart() == 0;
        if (hours >= 24 && whole && hours % 24 == 0) {
            long days = hours / 24;
            return days == 1 ? "1 day" : days + " days";
        }
        if (hours >= 1 && whole) {
            return hours == 1 ? "1 hour" : hours + " hours";
        }
        if (hours >= 2) {
            long rounded = Math.round(a.toMinutes() / 60.0);
            return "about " + rounded + " hours";
        }
        return minutes(a);
    }

    public static String clockTime(Instant at, ZoneId zone) {
        return HH_MM.format(at.atZone(zone));
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
