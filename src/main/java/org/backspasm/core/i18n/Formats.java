package org.backspasm.core.i18n;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Dates, times and numbers written the way the user's language writes them ("3 Dec 2026, 14:05" in British English,
 * "3 dic 2026, 14:05" in Spanish). Put the result into a message as an argument ({@code {0}}); never build a date
 * from pieces. In the pseudo-locale the English form is made pseudo, so a date that skipped this class shows up.
 */
public final class Formats {
    private final Locale locale;
    private final Locale formatLocale;

    private Formats(Locale locale) {
        this.locale = locale;
        this.formatLocale = Pseudo.is(locale) ? Locale.UK : locale;
    }

    public static Formats of(Locale locale) {
        return new Formats(locale);
    }

    public Locale locale() {
        return locale;
    }

    /** A date with the month in short words: "3 Dec 2026" / "3 dic 2026". */
    public String date(LocalDate date) {
        return style(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM), date);
    }

    /** A date in figures: "03/12/2026" / "3/12/26". */
    public String shortDate(LocalDate date) {
        return style(DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT), date);
    }

    /** The weekday and date in words: "Thursday 3 December 2026" / "jueves, 3 de diciembre de 2026". */
    public String longDate(LocalDate date) {
        return style(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL), date);
    }

    /** A day and month, short: "3 Dec" / "3 dic" (chart axes). */
    public String dayMonth(LocalDate date) {
        return style(DateTimeFormatter.ofPattern("d MMM"), date);
    }

    /** The weekday, date and time: "Thu 3 Dec 2026, 14:05" / "jue 3 dic 2026, 14:05" (journal lists). */
    public String weekdayDateTime(ZonedDateTime at) {
        return style(DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm"), at);
    }

    /** A clock time: "14:05" (or "2:05 PM" where the locale writes it so). */
    public String time(LocalTime time) {
        return style(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT), time);
    }

    /** A date and a clock time: "3 Dec 2026, 14:05". */
    public String dateTime(ZonedDateTime at) {
        return style(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT), at);
    }

    /** The formatter the date picker and date fields use (short, in figures), for this locale. */
    public DateTimeFormatter datePattern() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(formatLocale);
    }

    /** A number with at most {@code decimals} digits after the separator: "1.5" / "1,5". */
    public String number(double value, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(formatLocale);
        f.setMaximumFractionDigits(decimals);
        return f.format(value);
    }

    /** A country's name ("Spain" / "España"; "" for a locale without a country). */
    public String country(Locale where) {
        String name = where == null ? "" : where.getDisplayCountry(formatLocale);
        return Pseudo.is(locale) && !name.isEmpty() ? Pseudo.text(name) : name;
    }

    private String style(DateTimeFormatter formatter, TemporalAccessor value) {
        String s = formatter.withLocale(formatLocale).format(value);
        return Pseudo.is(locale) ? Pseudo.text(s) : s;
    }
}
