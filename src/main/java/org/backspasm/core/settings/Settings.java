package org.backspasm.core.settings;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.backspasm.core.i18n.Languages;

/**
 * What the user chose in Settings, plus the one-time disclaimer acceptance. Immutable: change with the withers.
 *
 * @param language                 the language the app speaks (System = the computer's); SYSTEM in older files
 * @param emergencyNumberConfirmed whether the emergency number is one the user saved, or the known number of their
 *                                 country (CLINICAL-FACTS 4c); null in settings saved before it was kept (see
 *                                 {@link EmergencyNumbers#needsCheck})
 */
public record Settings(
        Theme theme,
        TextSize textSize,
        String emergencyNumber,
        boolean soundOn,
        Instant disclaimerAcceptedAt,
        Language language,
        Boolean emergencyNumberConfirmed) {

    public Settings {
        theme = Objects.requireNonNullElse(theme, Theme.LIGHT);
        language = Objects.requireNonNullElse(language, Language.SYSTEM);
        textSize = Objects.requireNonNullElse(textSize, TextSize.NORMAL);
        if (emergencyNumber == null || EmergencyNumbers.problemWith(emergencyNumber).isPresent()) {
            emergencyNumber = EmergencyNumbers.forLocale(Locale.getDefault());
            emergencyNumberConfirmed = Boolean.FALSE; // a guess in place of an unreadable number: to be checked
        }
    }

    /**
     * The settings of a version before the language choice and the number's confirmation (the computer's language;
     * the number counts as confirmed only if it is the known one of a known country).
     */
    public Settings(Theme theme, TextSize textSize, String emergencyNumber, boolean soundOn,
            Instant disclaimerAcceptedAt) {
        this(theme, textSize, emergencyNumber, soundOn, disclaimerAcceptedAt, Language.SYSTEM, null);
    }

    /** The defaults for the computer's locale: its known emergency number, or a best guess still to be checked. */
    public static Settings defaults(Locale locale) {
        return new Settings(Theme.LIGHT, TextSize.NORMAL, EmergencyNumbers.forLocale(locale), true, null,
                Language.SYSTEM, EmergencyNumbers.isKnown(locale));
    }

    /**
     * The locale the app speaks: the language chosen here (System = the computer's, if the app has it); the
     * pseudo-locale when a developer asked for it, whatever was chosen.
     */
    public Locale speaks(Locale system) {
        return Languages.forced(system) ? system : language.resolve(system);
    }

    public boolean disclaimerAccepted() {
        return disclaimerAcceptedAt != null;
    }

    public Settings withTheme(Theme value) {
        return new Settings(value, textSize, emergencyNumber, soundOn, disclaimerAcceptedAt, language,
                emergencyNumberConfirmed);
    }

    public Settings withTextSize(TextSize value) {
        return new Settings(theme, value, emergencyNumber, soundOn, disclaimerAcceptedAt, language,
                emergencyNumberConfirmed);
    }

    /** The number the user saved: from now on it is theirs, so it is no longer flagged for checking. */
    public Settings withEmergencyNumber(String value) {
        return new Settings(theme, textSize, EmergencyNumbers.normalise(value), soundOn, disclaimerAcceptedAt,
                language, Boolean.TRUE);
    }

    public Settings withSoundOn(boolean value) {
        return new Settings(theme, textSize, emergencyNumber, value, disclaimerAcceptedAt, language,
                emergencyNumberConfirmed);
    }

    public Settings withDisclaimerAcceptedAt(Instant value) {
        return new Settings(theme, textSize, emergencyNumber, soundOn, value, language, emergencyNumberConfirmed);
    }

    public Settings withLanguage(Language value) {
        return new Settings(theme, textSize, emergencyNumber, soundOn, disclaimerAcceptedAt, value,
                emergencyNumberConfirmed);
    }
}
