package org.backspasm.core.settings;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * What the user chose in Settings, plus the one-time disclaimer acceptance. Immutable: change with the withers.
 *
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
        Boolean emergencyNumberConfirmed) {

    public Settings {
        theme = Objects.requireNonNullElse(theme, Theme.LIGHT);
        textSize = Objects.requireNonNullElse(textSize, TextSize.NORMAL);
        if (emergencyNumber == null || EmergencyNumbers.problemWith(emergencyNumber).isPresent()) {
            emergencyNumber = EmergencyNumbers.forLocale(Locale.getDefault());
            emergencyNumberConfirmed = Boolean.FALSE; // a guess in place of an unreadable number: to be checked
        }
    }

    /** Settings as before the confirmation was kept (read from older files, and in tests). */
    public Settings(Theme theme, TextSize textSize, String emergencyNumber, boolean soundOn,
            Instant disclaimerAcceptedAt) {
        this(theme, textSize, emergencyNumber, soundOn, disclaimerAcceptedAt, null);
    }

    /** The defaults for the computer's locale: its known emergency number, or a best guess still to be checked. */
    public static Settings defaults(Locale locale) {
        return new Settings(Theme.LIGHT, TextSize.NORMAL, EmergencyNumbers.forLocale(locale), true, null,
                EmergencyNumbers.isKnown(locale));
    }

    public boolean disclaimerAccepted() {
        return disclaimerAcceptedAt != null;
    }

    public Settings withTheme(Theme value) {
        return new Settings(value, textSize, emergencyNumber, soundOn, disclaimerAcceptedAt, emergencyNumberConfirmed);
    }

    public Settings withTextSize(TextSize value) {
        return new Settings(theme, value, emergencyNumber, soundOn, disclaimerAcceptedAt, emergencyNumberConfirmed);
    }

    /** The number the user saved: from now on it is theirs, so it is no longer flagged for checking. */
    public Settings withEmergencyNumber(String value) {
        return new Settings(theme, textSize, EmergencyNumbers.normalise(value), soundOn, disclaimerAcceptedAt,
                Boolean.TRUE);
    }

    public Settings withSoundOn(boolean value) {
        return new Settings(theme, textSize, emergencyNumber, value, disclaimerAcceptedAt, emergencyNumberConfirmed);
    }

    public Settings withDisclaimerAcceptedAt(Instant value) {
        return new Settings(theme, textSize, emergencyNumber, soundOn, value, emergencyNumberConfirmed);
    }
}
