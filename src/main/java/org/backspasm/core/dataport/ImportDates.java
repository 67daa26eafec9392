package org.backspasm.core.dataport;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date and time of a row the way spreadsheets write them: ISO-8601 (with or without an offset),
 * 2026-12-03 07:12, 3.12.2026 7:12, 3/12/2026 7:12 or 12/3/2026 7:12 AM. Times without an offset are local to the
 * zone given; a date without a time reads as 12:00. Slashed dates are read day first or month first for the whole
 * file: from a date that can only be one of them, else from the locale (month first in the US).
 */
final class ImportDates {
    private static final Pattern LOCAL = Pattern.compile(
            "(\\d{1,4})([-/.])(\\d{1,2})\\2(\\d{1,4})(?:[T ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*([AaPp]\\.?[Mm]\\.?)?)?");

    private final ZoneId zone;
    private final boolean monthFirst;
    private final PortText words;

    private ImportDates(ZoneId zone, boolean monthFirst, PortText words) {
        this.zone = zone;
        this.monthFirst = monthFirst;
        this.words = words;
    }

    /** Decides the order of slashed dates from the file's date cells, then the locale. */
    static ImportDates forCells(List<String> cells, ZoneId zone, Locale locale, PortText words) {
        boolean dayFirstSeen = false;
        boolean monthFirstSeen = false;
        for (String c : cells) {
            Matcher m = LOCAL.matcher(c.strip());
            if (m.matches() && m.group(2).equals("/") && m.group(1).length() <= 2) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(3));
                dayFirstSeen |= a > 12;
                monthFirstSeen |= b > 12;
            }
        }
        boolean monthFirst = monthFirstSeen && !dayFirstSeen
                || !monthFirstSeen && !dayFirstSeen && "US".equals(locale.getCountry());
        return new ImportDates(zone, monthFirst, words);
    }

    boolean monthFirst() {
        return monthFirst;
    }

    /** The words its reasons are written in. */
    PortText words() {
        return words;
    }

    /** The instant written, or an exception whose message says in words what is wrong with it. */
    Instant read(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            throw new DateTimeException(words.noDate());
        }
        Matcher m = LOCAL.matcher(s);
        if (!m.matches()) {
            // not a local time (tried first: a spreadsheet's 100,000 rows should not each throw an exception)
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e) {
                // not UTC with a Z: with an offset?
            }
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e) {
                throw new DateTimeException(words.notADate(s));
            }
        }
        LocalDate date = date(m, s);
        LocalTime time = LocalTime.NOON;
        if (m.group(5) != null) {
            int hour = Integer.parseInt(m.group(5));
            if (m.group(8) != null) {
                if (hour < 1 || hour > 12) {
                    throw new DateTimeException(words.notATime(s));
                }
                hour = hour % 12 + (Character.toLowerCase(m.group(8).charAt(0)) == 'p' ? 12 : 0);
            }
            try {
                time = LocalTime.of(hour, Integer.parseInt(m.group(6)), m.group(7) == null ? 0 : Integer.parseInt(m.group(7)));
            } catch (DateTimeException e) {
                throw new DateTimeException(words.notATime(s));
            }
        }
        return LocalDateTime.of(date, time).atZone(zone).toInstant();
    }

    private LocalDate date(Matcher m, String s) {
        String a = m.group(1);
        String b = m.group(3);
        String c = m.group(4);
        try {
            if (a.length() == 4) {
                return LocalDate.of(Integer.parseInt(a), Integer.parseInt(b), Integer.parseInt(c));
            }
            if (c.length() != 4) {
                throw new FourDigits();
            }
            boolean mf = monthFirst && m.group(2).equals("/");
            int day = Integer.parseInt(mf ? b : a);
            int month = Integer.parseInt(mf ? a : b);
            return LocalDate.of(Integer.parseInt(c), month, day);
        } catch (NumberFormatException e) {
            throw new DateTimeException(words.notADate(s));
        } catch (FourDigits e) {
            throw new DateTimeException(words.fourDigitYear(s));
        } catch (DateTimeException e) {
            throw new DateTimeException(words.noSuchDate(s));
        }
    }

    /** A year of two digits, told apart from a date that does not exist. */
    private static final class FourDigits extends RuntimeException {
        FourDigits() {
            super(null, null, false, false);
        }
    }
}
