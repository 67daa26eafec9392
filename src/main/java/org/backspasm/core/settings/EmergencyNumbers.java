package org.backspasm.core.settings;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The emergency number for the computer's country (CLINICAL-FACTS.md sections 4 and 4c): 911 in the US and Canada,
 * 999 in the UK, 112 in the EU, 000 in Australia, 111 in New Zealand. For any other country, or none, the number is
 * only a best guess: the app asks the user for their local number and reminds them to check it until they have
 * saved it ({@link #needsCheck}). It never assumes 112 silently.
 */
public final class EmergencyNumbers {
    /** Countries where 911 is the number and CLINICAL-FACTS names it: the US and Canada. */
    private static final Set<String> NINE_ONE_ONE = Set.of("US", "CA");
    /** The 27 countries of the European Union, where 112 reaches the emergency services. */
    private static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
            "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");
    /** Places whose guess is 911 or 999 although CLINICAL-FACTS does not name them: asked, like any other. */
    private static final Set<String> GUESS_911 = Set.of("PR", "GU", "VI", "AS", "MP");
    private static final Set<String> GUESS_999 = Set.of("IM", "JE", "GG");
    public static final int MAX_DIGITS = 6;

    private EmergencyNumbers() {
    }

    /** The number for the locale's country: the known one, or else the best guess (112). */
    public static String forLocale(Locale locale) {
        String country = country(locale);
        if (NINE_ONE_ONE.contains(country) || GUESS_911.contains(country)) {
            return "911";
        }
        if (country.equals("GB") || country.equals("UK") || GUESS_999.contains(country)) {
            return "999";
        }
        return switch (country) {
            case "AU" -> "000";
            case "NZ" -> "111";
            default -> "112";
        };
    }

    /** True when the number for the locale's country is one CLINICAL-FACTS gives (US, Canada, UK, EU, AU, NZ). */
    public static boolean isKnown(Locale locale) {
        String country = country(locale);
        return NINE_ONE_ONE.contains(country) || EU.contains(country) || country.equals("GB")
                || country.equals("UK") || country.equals("AU") || country.equals("NZ");
    }

    /**
     * Whether the number in these settings still has to be checked by the user: it was never saved by them and is
     * not the known number of the computer's country. Settings from before this was kept count as confirmed only
     * when they hold the known number of a known country.
     */
    public static boolean needsCheck(Settings s, Locale locale) {
        if (s.emergencyNumberConfirmed() != null) {
            return !s.emergencyNumberConfirmed();
        }
        return !(isKnown(locale) && forLocale(locale).equals(s.emergencyNumber()));
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

    private static String country(Locale locale) {
        return locale == null ? "" : locale.getCountry().toUpperCase(Locale.ROOT);
    }
}
