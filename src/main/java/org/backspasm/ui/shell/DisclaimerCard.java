package org.backspasm.ui.shell;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.backspasm.core.settings.Disclaimer;
import org.backspasm.core.text.AppFor;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.ui.text.Lang;
import org.backspasm.ui.text.Texts;

/**
 * The short medical disclaimer a user accepts once, on first start (CLINICAL-FACTS section 5), in the app's own
 * words, with the emergency number from Settings.
 */
public final class DisclaimerCard extends VBox {
    private final Button accept = new Button();

    public DisclaimerCard(String emergencyNumber, Runnable onAccept, SourceLines sources, Lang lang) {
        this(emergencyNumber, "", onAccept, sources, lang);
    }

    /** @param numberReminder the reminder to check the emergency number while it is a guess, or empty */
    public DisclaimerCard(String emergencyNumber, String numberReminder, Runnable onAccept, SourceLines sources,
            Lang lang) {
        Texts t = lang.texts("shell");
        getStyleClass().add("dialog-card");
        setId("disclaimer");
        setMaxWidth(600);
        setMaxHeight(USE_PREF_SIZE);
        Label title = new Label(t.get("disclaimer.title"));
        title.getStyleClass().add("title");
        Label intro = text(t.get("disclaimer.intro"));
        Label adults = text(t.get("disclaimer.adults"));
        adults.setId("disclaimer-adults");
        Label ask = text(t.get("disclaimer.askFirst"));
        Label check = text(t.get("disclaimer.check"));
        Label emergency = text(t.get("disclaimer.emergency", emergencyNumber));
        emergency.getStyleClass().add("subtitle");
        Label numberCheck = text(numberReminder);
        numberCheck.getStyleClass().add("number-reminder");
        numberCheck.setId("disclaimer-number-check");
        numberCheck.setVisible(!numberReminder.isEmpty());
        numberCheck.setManaged(!numberReminder.isEmpty());
        Label stop = text(t.get("disclaimer.stop"));
        Label meds = text(t.get("disclaimer.medicines"));
        Label data = text(t.get("disclaimer.data"));
        accept.setText(t.get("disclaimer.accept"));
        accept.getStyleClass().addAll("primary", "big");
        accept.setDefaultButton(true);
        accept.setId("accept-disclaimer");
        accept.setOnAction(e -> onAccept.run());
        java.util.List<String> ids = new java.util.ArrayList<>(Disclaimer.SOURCES);
        ids.addAll(AppFor.SOURCES);
        getChildren().addAll(title, intro, adults, ask, check, emergency, numberCheck, stop, meds, data,
                sources.line(ids), accept);
        // the first focus goes to "I understand", not to the first source link above it
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                Platform.runLater(accept::requestFocus);
            }
        });
    }

    private static Label text(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add("lead");
        return l;
    }

    public Button acceptButton() {
        return accept;
    }
}
