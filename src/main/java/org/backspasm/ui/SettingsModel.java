package org.backspasm.ui;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.backspasm.core.settings.EmergencyNumbers;
import org.backspasm.core.settings.Language;
import org.backspasm.core.settings.Settings;
import org.backspasm.core.settings.TextSize;
import org.backspasm.core.settings.Theme;

/** The user's settings as an observable value, saved to the state file on every change. */
public final class SettingsModel {

    private final Consumer<Settings> save;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Settings> settings;
    private final Locale locale;
    private final ObservableValue<Boolean> numberNeedsCheck;

    /** With the JVM's default locale as the computer's country. */
    public SettingsModel(Settings initial, Consumer<Settings> save, Clock clock) {
        this(initial, save, clock, Locale.getDefault());
    }

    /**
     * @param initial the saved settings (state section {@code settings}); {@code save} keeps each change
     * @param locale  the computer's locale: its country decides whether the emergency number is a known one
     */
    public SettingsModel(Settings initial, Consumer<Settings> save, Clock clock, Locale locale) {
        this.save = save;
        this.clock = clock;
        this.locale = locale;
        this.settings = new ReadOnlyObjectWrapper<>(initial);
        this.numberNeedsCheck = settings.map(s -> EmergencyNumbers.needsCheck(s, locale));
    }

    /** The computer's locale (for the emergency number's country). */
    public Locale locale() {
        return locale;
    }

    /**
     * True while the emergency number is a guess the user has not saved (CLINICAL-FACTS 4c): every place showing the
     * number then shows the reminder to check it ({@code NumberReminder}, bundle {@code emergencynumber}).
     */
    public ObservableValue<Boolean> numberNeedsCheckProperty() {
        return numberNeedsCheck;
    }

    /** True while the emergency number is a guess the user has not saved (CLINICAL-FACTS 4c). */
    public boolean numberNeedsCheck() {
        return numberNeedsCheck.getValue();
    }

    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public Settings get() {
        return settings.get();
    }

    public void update(UnaryOperator<Settings> change) {
        Settings next = change.apply(settings.get());
        if (!next.equals(settings.get())) {
            settings.set(next);
            save.accept(next);
        }
    }

    public void setTheme(Theme theme) {
        update(s -> s.withTheme(theme));
    }

    public void setTextSize(TextSize size) {
        update(s -> s.withTextSize(size));
    }

    /** The language: applied at once (the window is rebuilt in it) and remembered. */
    public void setLanguage(Language language) {
        update(s -> s.withLanguage(language));
    }

    public void setSoundOn(boolean on) {
        update(s -> s.withSoundOn(on));
    }

    /**
     * Saves the number when it is valid (saving it confirms it is the user's local number); otherwise returns what
     * is wrong and keeps the old one.
     */
    public Optional<EmergencyNumbers.Problem> setEmergencyNumber(String typed) {
        Optional<EmergencyNumbers.Problem> problem = EmergencyNumbers.problemWith(typed);
        if (problem.isEmpty()) {
            update(s -> s.withEmergencyNumber(typed));
        }
        return problem;
    }

    public void acceptDisclaimer() {
        update(s -> s.withDisclaimerAcceptedAt(clock.instant()));
    }
}
