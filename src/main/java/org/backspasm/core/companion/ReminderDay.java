package org.backspasm.core.companion;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A reminder day: the waking hours between the end of one night's quiet hours and the start of the next (08:00 to
 * 21:00 by default; past midnight when quiet hours start after it). The day's number of each reminder counts
 * within it, and "rest of today" lasts until its end. Without quiet hours (start equal to end) a day is 24 hours.
 */
public record ReminderDay(Instant start, Instant end) {

    public Duration span() {
        return Duration.between(start, end);
    }

    public boolean contains(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }

    /** The waking day that contains {@code t}, or null when {@code t} is inside quiet hours. */
    public static ReminderDay at(ReminderSettings s, Instant t, ZoneId zone) {
        for (ReminderDay d : around(s, t, zone)) {
            if (d.contains(t)) {
                return d;
            }
        }
        return null;
    }

    /** The waking day that contains {@code t}, or the next one to start after it. */
    public static ReminderDay atOrAfter(ReminderSettings s, Instant t, ZoneId zone) {
        for (ReminderDay d : around(s, t, zone)) {
            if (d.end().isAfter(t)) {
                return d;
            }
        }
        throw new IllegalStateException("no waking day after " + t);
    }

    /** True when {@code t} falls inside quiet hours. */
    public static boolean quiet(ReminderSettings s, Instant t, ZoneId zone) {
        return at(s, t, zone) == null;
    }

    /** The days starting the day before {@code t}'s date, that date and the two after, in order. */
    private static List<ReminderDay> around(ReminderSettings s, Instant t, ZoneId zone) {
        LocalDate date = t.atZone(zone).toLocalDate();
        List<ReminderDay> out = new ArrayList<>(4);
        for (int i = -1; i <= 2; i++) {
            out.add(of(s, date.plusDays(i), zone));
        }
        return out;
    }

    /** The waking day that starts on {@code date}. */
    static ReminderDay of(ReminderSettings s, LocalDate date, ZoneId zone) {
        LocalTime wake = s.quietEnd();
        LocalTime sleep = s.quietStart();
        ZonedDateTime start = ZonedDateTime.of(date, wake, zone);
        LocalDate endDate = sleep.isAfter(wake) ? date : date.plusDays(1);
        ZonedDateTime end = ZonedDateTime.of(endDate, sleep, zone);
        return new ReminderDay(start.toInstant(), end.toInstant());
    }

    /** The instant on this day at the clock time {@code t}, or null when the day does not reach it. */
    Instant timeOfDay(LocalTime t, ZoneId zone) {
        LocalDate first = start.atZone(zone).toLocalDate();
        for (int i = 0; i <= 1; i++) {
            Instant at = ZonedDateTime.of(first.plusDays(i), t, zone).toInstant();
            if (contains(at)) {
                return at;
            }
        }
        return null;
    }
}
