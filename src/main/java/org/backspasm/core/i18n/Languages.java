package org.backspasm.core.i18n;

import java.util.List;
import java.util.Locale;

/** The languages the app speaks, and how a computer's locale maps onto them. */
public final class Languages {
    public static final Locale SPANISH = Locale.forLanguageTag("es");
    /** Every language with a full set of texts; English is the base files, the others have a suffix. */
    public static final List<Locale> ALL = List.of(Locale.ENGLISH, SPANISH);
    /** The system property that picks a locale for developers and tests ({@code pseudo}, {@code es}, {@code en}). */
    public static final String PROPERTY = "backspasm.locale";

    private Languages() {
    }

    /**
     * The locale a computer's locale is spoken in: the pseudo-locale as it is; Spanish (keeping the country, for
     * dates and numbers) when the language is Spanish; otherwise English (keeping the country).
     */
    public static Locale supported(Locale system) {
        if (Pseudo.is(system)) {
            return system;
        }
        if (system.getLanguage().equals(SPANISH.getLanguage())) {
            return system;
        }
        return system.getCountry().isEmpty() ? Locale.ENGLISH : new Locale("en", system.getCountry());
    }

    /** The suffix of a text file for a locale: "" for English and the pseudo-locale, "es" for Spanish. */
    public static String bundleLanguage(Locale locale) {
        if (Pseudo.is(locale)) {
            return "";
        }
        for (Locale l : ALL) {
            if (l != Locale.ENGLISH && l.getLanguage().equals(locale.getLanguage())) {
                return l.getLanguage();
            }
        }
        return "";
    }

    /**
     * The computer's locale, or the one the system property {@value #PROPERTY} names: {@code pseudo} for the
     * pseudo-locale, or a language tag.
     */
    public static Locale system(String property, Locale fallback) {
        if (property == null || property.isBlank()) {
            return fallback;
        }
        return property.strip().equalsIgnoreCase("pseudo") ? Pseudo.LOCALE : Locale.forLanguageTag(property.strip());
    }

    /** The environment variable that does the same as {@value #PROPERTY} (for tools that start the app). */
    public static final String VARIABLE = "BACKSPASM_LOCALE";

    /**
     * The computer's locale as the app sees it: what a developer asked for with the system property, else with the
     * environment variable {@value #VARIABLE}, else the JVM's default.
     */
    public static Locale system(String property, String variable, Locale fallback) {
        return system(property != null && !property.isBlank() ? property : variable, fallback);
    }

    /** Whether the user's choice counts: the pseudo-locale is a developer's override and always wins. */
    public static boolean forced(Locale system) {
        return Pseudo.is(system);
    }
}
