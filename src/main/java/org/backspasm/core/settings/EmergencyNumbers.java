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
    private static final int MAX_DIGITS = 6;

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
     * Checks a number the user typed. Returns a plain-words problem, or empty when the number is usable.
     * Spaces are allowed and ignored; anything else that is not a digit is refused.
     */
    public static Optional<String> problemWith(String typed) {
        String digits = normalise(typed);
        if (digits.isEmpty()) {
            return Optional.of("Enter the number you would call in an emergency, for example 911, 999 or 112.");
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("Use digits only (0 to 9) for the emergency number.");
        }
        if (digits.length() > MAX_DIGITS) {
            return Optional.of("An emergency number is short, at most " + MAX_DIGITS + " digits.");
        }
        return Optional.empty();
    }

    public static String normalise(String typed) {
        return typed == null ? "" : typed.replace(" ", "").trim();
    }
}
