package org.backspasm.core.settings;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.backspasm.core.i18n.Languages;

/**
 * What the user chose in Settings, plus the one-time disclaimer acceptance. Immutable: change with the withers.
 */
public record Settings(
        Theme theme,
        TextSize textSize,
        String emergencyNumber,
        boolean soundOn,
        Instant disclaimerAcceptedAt,
        Language language) {

    public Settings {
        theme = Objects.requireNonNullElse(theme, Theme.LIGHT);
        language = Objects.requireNonNullElse(language, Language.SYSTEM);
        textSize = Objects.requireNonNullElse(textSize, TextSize.NORMAL);
        if (emergencyNumber == null || EmergencyNumbers.problemWith(emergencyNumber).isPresent()) {
            emergencyNumber = EmergencyNumbers.forLocale(Locale.getDefault());
        }
    }

    public static Settings defaults(Locale locale) {
        return new Settings(Theme.LIGHT, TextSize.NORMAL, EmergencyNumbers.forLocale(locale), true, null,
                Language.SYSTEM);
    }

    /** The settings of a version before the language choice (the computer's language). */
    public Settings(Theme theme, TextSize textSize, String emergencyNumber, boolean soundOn,
            Instant disclaimerAcceptedAt) {
        this(theme, textSize, emergencyNumber, soundOn, disclaimerAcceptedAt, Language.SYSTEM);
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
        return new Settings(value, textSize, emergencyNumber, soundOn, disclaimerAcceptedAt, language);
    }

    public Settings withTextSize(TextSize value) {
        return new Settings(theme, value, emergencyNumber, soundOn, disclaimerAcceptedAt, language);
    }

    public Settings withEmergencyNumber(String value) {
        return new Settings(theme, textSize, EmergencyNumbers.normalise(value), soundOn, disclaimerAcceptedAt, language);
    }

    public Settings withSoundOn(boolean value) {
        return new Settings(theme, textSize, emergencyNumber, value, disclaimerAcceptedAt, language);
    }

    public Settings withDisclaimerAcceptedAt(Instant value) {
        return new Settings(theme, textSize, emergencyNumber, soundOn, value, language);
    }

    public Settings withLanguage(Language value) {
        return new Settings(theme, textSize, emergencyNumber, soundOn, disclaimerAcceptedAt, value);
    }
}
