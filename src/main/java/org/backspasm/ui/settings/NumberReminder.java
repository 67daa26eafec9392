package org.backspasm.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import org.backspasm.core.settings.EmergencyNumberText;
import org.backspasm.ui.SettingsModel;
import org.backspasm.ui.text.Lang;

/**
 * The line "Check this is your local emergency number (Settings)." shown beside the emergency number wherever it
 * appears, while the number is a guess the user has not saved; hidden (and taking no room) once it is checked.
 */
public final class NumberReminder {
    private NumberReminder() {
    }

    /** The reminder while the number needs checking, in the app's language (again after a switch); else empty. */
    public static ObservableValue<String> text(SettingsModel settings, Lang lang) {
        return Bindings.createStringBinding(() -> settings.numberNeedsCheck()
                        ? EmergencyNumberText.checkReminder(lang.locale()) : "",
                settings.settingsProperty(), lang.localeProperty());
    }

    public static Label label(ObservableValue<String> text, String id) {
        Label l = new Label();
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        l.getStyleClass().add("number-reminder");
        l.setId(id);
        l.textProperty().bind(text);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }
}
