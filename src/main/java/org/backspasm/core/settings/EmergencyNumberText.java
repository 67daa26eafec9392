package org.backspasm.core.settings;

import java.util.Locale;

/**
 * What the app says about the emergency number while the user has not checked it (CLINICAL-FACTS 4c): the reminder
 * every place showing the number adds, and the first-start question.
 */
public final class EmergencyNumberText {
    /** Added wherever the number is shown, until the user has saved their local number. */
    public static final String CHECK_REMINDER = "Check this is your local emergency number (Settings).";
    public static final String ASK_TITLE = "Your local emergency number";
    public static final String SAVE = "Save this number";
    public static final String LATER = "Ask me later";
    public static final String LATER_NOTE = "Until you save it, the app reminds you to check the number wherever "
            + "it shows it. You can change it any time in Settings.";
    /** In Settings, beside the number, while it has not been checked. */
    public static final String SETTINGS_REMINDER = "Check this is your local emergency number, then save it.";

    private EmergencyNumberText() {
    }

    /** Why the app asks, for the computer's country (or none), with the number it suggests. */
    public static String askWhy(Locale locale, String guess) {
        String country = locale == null ? "" : locale.getDisplayCountry(Locale.UK);
        String where = country.isEmpty()
                ? "This computer does not say which country you are in, so the app cannot be sure of your "
                        + "emergency number."
                : "The app does not know the emergency number for " + country + " for certain.";
        return where + " It suggests " + guess + ". 112 works in the European Union and many other countries, "
                + "but not everywhere. Please check the number you would call for an ambulance where you are, "
                + "change it if it is different, and save it.";
    }

    /** The reminder line for these settings, or empty once the number was checked. */
    public static String reminder(Settings s, Locale locale) {
        return EmergencyNumbers.needsCheck(s, locale) ? CHECK_REMINDER : "";
    }
}
