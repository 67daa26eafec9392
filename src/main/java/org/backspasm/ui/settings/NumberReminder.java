package org.backspasm.ui.settings;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;

/**
 * The line "Check this is your local emergency number (Settings)." shown beside the emergency number wherever it
 * appears, while the number is a guess the user has not saved; hidden (and taking no room) once it is checked.
 */
public final class NumberReminder {
    private NumberReminder() {
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
