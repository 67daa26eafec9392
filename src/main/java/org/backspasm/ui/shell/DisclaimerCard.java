package org.backspasm.ui.shell;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.backspasm.core.text.AppFor;
import org.backspasm.ui.source.SourceLines;

/**
 * The short medical disclaimer a user accepts once, on first start (CLINICAL-FACTS section 5), in the app's own
 * words, with the emergency number from Settings.
 */
public final class DisclaimerCard extends VBox {
    static final List<String> SOURCES = List.of("NHS-BACK", "NINDS", "CSP", "NHS-INFORM", "MEDALG", "FDA-CPSC",
            "NICE-NG59");

    private final Button accept = new Button("I understand");

    public DisclaimerCard(String emergencyNumber, Runnable onAccept, SourceLines sources) {
        this(emergencyNumber, "", onAccept, sources);
    }

    /** @param numberReminder the reminder to check the emergency number while it is a guess, or empty */
    public DisclaimerCard(String emergencyNumber, String numberReminder, Runnable onAccept, SourceLines sources) {
        getStyleClass().add("dialog-card");
        setId("disclaimer");
        setMaxWidth(600);
        setMaxHeight(USE_PREF_SIZE);
        Label title = new Label("Before you start");
        title.getStyleClass().add("title");
        Label intro = text("This app gives general self-care information for simple back pain and muscle spasms. "
                + "It is not a diagnosis, it cannot examine you, and it does not replace a doctor or physiotherapist.");
        Label adults = text("• " + AppFor.ADULTS);
        adults.setId("disclaimer-adults");
        Label ask = text("• Ask a doctor or physiotherapist first if you have osteoporosis, a recent injury or operation, "
                + "are pregnant, or have diabetes, nerve damage, poor circulation, Raynaud's, or heart, kidney or liver disease.");
        Label checkOnly = text("• The warning-sign check can only tell you to get help sooner. Answering \"no\" to every "
                + "question does not rule out a serious problem.");
        Label emergency = text("• In an emergency call " + emergencyNumber + " now. Don't wait for the app, and "
                + "don't drive yourself.");
        emergency.getStyleClass().add("subtitle");
        Label check = text(numberReminder);
        check.getStyleClass().add("number-reminder");
        check.setId("disclaimer-number-check");
        check.setVisible(!numberReminder.isEmpty());
        check.setManaged(!numberReminder.isEmpty());
        Label stop = text("• Stop any stretch, heat or ice that makes things worse.");
        Label meds = text("• The app gives no advice about medicines.");
        Label data = text("• Everything you enter stays on this computer.");
        accept.getStyleClass().addAll("primary", "big");
        accept.setDefaultButton(true);
        accept.setId("accept-disclaimer");
        accept.setOnAction(e -> onAccept.run());
        getChildren().addAll(title, intro, adults, ask, checkOnly, emergency, check, stop, meds, data,
                sources.line(SOURCES), accept);
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
