package org.backspasm.ui.warningsigns;

import java.util.Locale;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.backspasm.core.warningsigns.EmergencyText;

/** The emergency banner: what to do in an emergency, with the user's emergency number, which can take the focus. */
final class EmergencyBanner extends VBox {
    private final Label number = new Label();

    EmergencyBanner(EmergencyText.Lead lead, ObservableValue<String> emergencyNumber, Locale locale) {
        this(lead, emergencyNumber, null, locale);
    }

    /** @param numberReminder "Check this is your local emergency number (Settings)." while unchecked, else empty */
    EmergencyBanner(EmergencyText.Lead lead, ObservableValue<String> emergencyNumber,
            ObservableValue<String> numberReminder, Locale locale) {
        Label above = new Label(EmergencyText.lead(lead, locale));
        above.setWrapText(true);
        above.getStyleClass().add("banner-lead");
        number.getStyleClass().add("banner-number");
        number.setId("emergency-banner-number");
        number.setFocusTraversable(true);
        number.textProperty().bind(emergencyNumber.map(n -> EmergencyText.call(n, locale)));
        number.accessibleTextProperty().bind(emergencyNumber.map(n -> EmergencyText.spoken(n, locale)));
        Label below = new Label(EmergencyText.orGo(locale));
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
