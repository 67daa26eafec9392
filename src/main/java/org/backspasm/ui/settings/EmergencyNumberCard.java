package org.backspasm.ui.settings;

import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.backspasm.core.settings.EmergencyNumberText;
import org.backspasm.core.settings.EmergencyNumbers;
import org.backspasm.ui.SettingsModel;
import org.backspasm.ui.text.Lang;
import org.backspasm.ui.text.Texts;

/**
 * Asked at start while the emergency number is only a guess (a country the app does not know, or none): the number
 * prefilled with the best guess, editable, with why the app asks. "Save this number" confirms it; "Ask me later"
 * keeps the guess, and every place showing the number then reminds the user to check it (CLINICAL-FACTS 4c).
 */
public final class EmergencyNumberCard extends VBox {
    private final SettingsModel model;
    private final Runnable done;
    private final TextField number = new TextField();
    private final Label message = new Label();
    private final Button save = new Button();
    private final Texts settingsTexts;

    public EmergencyNumberCard(SettingsModel model, Lang lang, Runnable done) {
        this.model = model;
        this.done = done;
        Texts t = lang.texts("emergencynumber");
        this.settingsTexts = lang.texts("settings");
        save.setText(t.get("ask.save"));
        getStyleClass().add("dialog-card");
        setId("emergency-number-ask");
        setMaxWidth(600);
        setMaxHeight(USE_PREF_SIZE);
        Label title = new Label(t.get("ask.title"));
        title.getStyleClass().add("title");
        Label why = new Label(EmergencyNumberText.askWhy(model.locale(), model.get().emergencyNumber(),
                lang.locale()));
        why.setWrapText(true);
        why.getStyleClass().add("lead");
        number.setText(model.get().emergencyNumber());
        number.setId("emergency-number-ask-field");
        number.setPrefColumnCount(6);
        number.setAccessibleText(t.get("ask.field"));
        number.setOnAction(e -> save());
        save.getStyleClass().addAll("primary");
        save.setDefaultButton(true);
        save.setId("emergency-number-ask-save");
        save.setOnAction(e -> save());
        Button later = new Button(t.get("ask.later"));
        later.setId("emergency-number-ask-later");
        later.setOnAction(e -> done.run());
        FlowPane row = new FlowPane(10, 8, number, save, later);
        row.setAlignment(Pos.CENTER_LEFT);
        message.setWrapText(true);
        message.getStyleClass().add("error-text");
        message.setId("emergency-number-ask-message");
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        Label note = new Label(t.get("ask.laterNote"));
        note.setWrapText(true);
        note.getStyleClass().addAll("muted", "small");
        getChildren().addAll(title, why, row, message, note);
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                Platform.runLater(() -> {
                    number.requestFocus();
                    number.selectAll();
                });
            }
        });
    }

    private void save() {
        Optional<EmergencyNumbers.Problem> problem = model.setEmergencyNumber(number.getText());
        if (problem.isPresent()) {
            message.setText(SettingsScreen.problemText(settingsTexts, problem.get()));
        } else {
            done.run();
        }
    }
}
