package org.backspasm.core.settings;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The emergency number to suggest for a locale's country (CLINICAL-FACTS.md section 4):
 * 911 in the US and Canada, 999 in the UK, 000 in Australia, 111 in New Zealand, 112 in the EU and elsewhere.
 * The user can always set their own.
 */
public final class EmergencyNumbers {
    private static final Set<String> NORTH_AMERICA = Set.of("US", "CA", "PR", "GU", "VI", "AS", "MP");
    public static final int MAX_DIGITS = 6;

    private EmergencyNumbers() {
    }

    public static String forLocale(Locale locale) {
        String country = locale == null ? "" : locale.getCountry().toUpperCase(Locale.ROOT);
        if (NORTH_AMERICA.contains(country)) {
            return "911";
        }
        switch (country) {
            case "GB":
            case "UK":
            case "IM":
            case "JE":
            case "GG":
                return "999";
            case "AU":
                return "000";
            case "NZ":
                return "111";
            default:
                return "112";
        }
    }

    /**
     * Checks a number the user typed. Returns what is wrong with it (the screen says it in plain words), or empty
     * when the number is usable. Spaces are allowed and ignored; anything else that is not a digit is refused.
     */
    public static Optional<Problem> problemWith(String typed) {
        String digits = normalise(typed);
        if (digits.isEmpty()) {
            return Optional.of(Problem.EMPTY);
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(Problem.NOT_DIGITS);
        }
        if (digits.length() > MAX_DIGITS) {
            return Optional.of(Problem.TOO_LONG);
        }
        return Optional.empty();
    }

    /** What can be wrong with a typed emergency number. */
    public enum Problem {
        EMPTY, NOT_DIGITS, TOO_LONG
    }

    public static String normalise(String typed) {
        return typed == null ? "" : typed.replace(" ", "").trim();
    }
}
