package org.backspasm.ui.shell;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.backspasm.core.settings.Disclaimer;
import org.backspasm.ui.source.SourceLines;

/**
 * The short medical disclaimer a user accepts once, on first start (CLINICAL-FACTS section 5), in the app's own
 * words, with the emergency number from Settings.
 */
public final class DisclaimerCard extends VBox {
    private final Button accept = new Button(Disclaimer.ACCEPT);

    public DisclaimerCard(String emergencyNumber, Runnable onAccept, SourceLines sources) {
        getStyleClass().add("dialog-card");
        setId("disclaimer");
        setMaxWidth(600);
        setMaxHeight(USE_PREF_SIZE);
        Label title = new Label(Disclaimer.TITLE);
        title.getStyleClass().add("title");
        Label intro = text(Disclaimer.INTRO);
        Label ask = text("• " + Disclaimer.ASK_FIRST);
        Label check = text("• " + Disclaimer.CHECK);
        Label emergency = text("• " + Disclaimer.emergency(emergencyNumber));
        emergency.getStyleClass().add("subtitle");
        Label stop = text("• " + Disclaimer.STOP);
        Label meds = text("• " + Disclaimer.MEDICINES);
        Label data = text("• " + Disclaimer.DATA);
        accept.getStyleClass().addAll("primary", "big");
        accept.setDefaultButton(true);
        accept.setId("accept-disclaimer");
        accept.setOnAction(e -> onAccept.run());
        getChildren().addAll(title, intro, ask, check, emergency, stop, meds, data, sources.line(Disclaimer.SOURCES), accept);
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
