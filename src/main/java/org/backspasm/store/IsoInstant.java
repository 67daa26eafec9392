package org.backspasm.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the instants the app writes ({@code 2026-11-22T09:30:00Z}, with or without a fraction of a second)
 * straight from their digits: a journal of five years holds hundreds of thousands of them, and the general ISO
 * parser is many times slower. Any other text goes to {@link Instant#parse}, which accepts or refuses it as before.
 */
final class IsoInstant {
    private IsoInstant() {
    }

    static Instant parse(String t) {
        int n = t.length();
        if (n < 20 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':' || t.charAt(n - 1) != 'Z') {
            return Instant.parse(t);
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        int hour = digits(t, 11, 13);
        int minute = digits(t, 14, 16);
        int second = digits(t, 17, 19);
        int nanos = 0;
        if (n > 20) {
            if (t.charAt(19) != '.' || n - 21 > 9 || n - 21 < 1) {
                return Instant.parse(t);
            }
            int fraction = digits(t, 20, n - 1);
            if (fraction < 0) {
                return Instant.parse(t);
            }
            nanos = fraction * POWERS[9 - (n - 21)];
        } else if (t.charAt(19) != 'Z') {
            return Instant.parse(t);
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59) {
            return Instant.parse(t);
        }
        long days = LocalDate.of(year, month, day).toEpochDay(); // refuses 31 April as Instant.parse does
        return Instant.ofEpochSecond(days * 86_400 + hour * 3600L + minute * 60L + second, nanos);
    }

    private static final int[] POWERS = {1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000};

    /** The decimal number in t[from, to), or -1 when a character is not a digit. */
    private static int digits(String t, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
