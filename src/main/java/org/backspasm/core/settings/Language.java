package org.backspasm.core.settings;

import java.util.Locale;
import org.backspasm.core.i18n.Languages;

/** The language the user chose in Settings: the computer's (the default), or one the app has. */
public enum Language {
    SYSTEM(null),
    ENGLISH(Locale.ENGLISH),
    SPANISH(Languages.SPANISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /**
     * The locale the app speaks in: for SYSTEM the computer's if the app has it, else English; for a language, that
     * one (with the computer's country when the computer speaks it too, so dates are written as there).
     */
    public Locale resolve(Locale system) {
        if (locale == null) {
            return Languages.supported(system);
        }
        return system.getLanguage().equals(locale.getLanguage()) ? system : locale;
    }
}
