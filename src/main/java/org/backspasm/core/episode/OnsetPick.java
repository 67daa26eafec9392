package org.backspasm.core.episode;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * The quick answers to "when did it start?". Each is turned into an instant in the clock's zone (so a
 * daylight-saving change is handled by the calendar, not by subtracting hours). A pick is never in the future:
 * "this morning" before 08:00 means now.
 */
public enum OnsetPick {
    JUST_NOW,
    THIS_MORNING,
    LAST_NIGHT,
    YESTERDAY,
    TWO_DAYS_AGO;

    /** Its button's words, in the locale's language. */
    public String label(java.util.Locale locale) {
        org.backspasm.core.i18n.Messages m = org.backspasm.core.i18n.Messages.of(OnsetCheck.BUNDLE, locale);
        return switch (this) {
            case JUST_NOW -> m.text("pick.justNow");
            case THIS_MORNING -> m.text("pick.thisMorning");
            case LAST_NIGHT -> m.text("pick.lastNight");
            case YESTERDAY -> m.text("pick.yesterday");
            case TWO_DAYS_AGO -> m.text("pick.twoDaysAgo");
        };
    }

    public Instant resolve(Clock clock) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Instant picked = switch (this) {
            case JUST_NOW -> now;
            case THIS_MORNING -> at(today, LocalTime.of(8, 0), clock);
            case LAST_NIGHT -> at(today.minusDays(1), LocalTime.of(22, 0), clock);
            case YESTERDAY -> at(today.minusDays(1), LocalTime.NOON, clock);
            case TWO_DAYS_AGO -> at(today.minusDays(2), LocalTime.NOON, clock);
        };
        return picked.isAfter(now) ? now : picked;
    }

    private static Instant at(LocalDate date, LocalTime time, Clock clock) {
        return ZonedDateTime.of(date, time, clock.getZone()).toInstant();
    }
}
