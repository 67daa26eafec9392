package org.backspasm.ui;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
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

    /** @param initial the saved settings (state section {@code settings}); {@code save} keeps each change */
    public SettingsModel(Settings initial, Consumer<Settings> save, Clock clock) {
        this.save = save;
        this.clock = clock;
        this.settings = new ReadOnlyObjectWrapper<>(initial);
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

    /** Saves the number when it is valid; otherwise returns what is wrong and keeps the old one. */
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
