package org.backspasm.ui.warningsigns;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.backspasm.core.warningsigns.EmergencyText;

/** The emergency banner: what to do in an emergency, with the user's emergency number, which can take the focus. */
final class EmergencyBanner extends VBox {
    private final Label number = new Label();

    EmergencyBanner(String lead, ObservableValue<String> emergencyNumber) {
        this(lead, emergencyNumber, null);
    }

    /** @param numberReminder "Check this is your local emergency number (Settings)." while unchecked, else empty */
    EmergencyBanner(String lead, ObservableValue<String> emergencyNumber, ObservableValue<String> numberReminder) {
        Label above = new Label(lead);
        above.setWrapText(true);
        above.getStyleClass().add("banner-lead");
        number.getStyleClass().add("banner-number");
        number.setId("emergency-banner-number");
        number.setFocusTraversable(true);
        number.textProperty().bind(emergencyNumber.map(EmergencyText::call));
        number.accessibleTextProperty().bind(emergencyNumber.map(EmergencyText::spoken));
        Label below = new Label(EmergencyText.OR_GO);
        below.setWrapText(true);
        below.getStyleClass().add("banner-lead");
        getChildren().addAll(above, number);
        if (numberReminder != null) {
            getChildren().add(org.backspasm.ui.settings.NumberReminder.label(numberReminder, "emergency-banner-check"));
        }
        getChildren().add(below);
        getStyleClass().add("emergency-banner");
        setId("emergency-banner");
    }

    /** The number, for the focus when the emergency page opens. */
    Label number() {
        return number;
    }
}
