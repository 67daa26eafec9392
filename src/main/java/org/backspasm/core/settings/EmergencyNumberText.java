package org.backspasm.core.settings;

import java.util.Locale;
import org.backspasm.core.i18n.Messages;

/**
 * What the app says about the emergency number while the user has not checked it (CLINICAL-FACTS 4c), from the
 * {@code emergencynumber} bundle: the reminder every place showing the number adds, and why the first start asks.
 */
public final class EmergencyNumberText {
    public static final String BUNDLE = "emergencynumber";

    private EmergencyNumberText() {
    }

    /** "Check this is your local emergency number (Settings).", in the language of {@code speaks}. */
    public static String checkReminder(Locale speaks) {
        return Messages.of(BUNDLE, speaks).text("reminder");
    }

    /** The reminder for these settings, or empty once the number was checked. */
    public static String reminder(Settings s, Locale computer, Locale speaks) {
        return EmergencyNumbers.needsCheck(s, computer) ? checkReminder(speaks) : "";
    }

    /**
     * Why the app asks, for the computer's country (or none), with the number it suggests, in the language of
     * {@code speaks} (the country's name too).
     */
    public static String askWhy(Locale computer, String guess, Locale speaks) {
        Messages m = Messages.of(BUNDLE, speaks);
        String country = org.backspasm.core.i18n.Formats.of(speaks).country(computer);
        return country.isEmpty() ? m.text("ask.whyNoCountry", guess) : m.text("ask.whyCountry", country, guess);
    }
}
