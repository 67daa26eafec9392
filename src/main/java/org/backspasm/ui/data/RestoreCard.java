package org.backspasm.ui.data;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Asks before a restore: which backup, what it holds, and that the data as it is is saved first. */
final class RestoreCard extends VBox {
    RestoreCard(Pending.Restore p, Runnable confirm, Runnable cancel, DataText words) {
        getStyleClass().add("dialog-card");
        setId("restore-confirm");
        setMaxWidth(600);
        setMaxHeight(USE_PREF_SIZE);
        var title = ImportPreviewCard.text(p.title(), "title");
        var details = ImportPreviewCard.text(p.details(), "lead");
        Button yes = new Button(words.get("button.restoreYes"));
        yes.getStyleClass().add("primary");
        yes.setId("restore-yes");
        yes.setOnAction(e -> confirm.run());
        Button no = new Button(words.get("button.cancel"));
        no.setCancelButton(true);
        no.setDefaultButton(true);
        no.setId("restore-cancel");
        no.setOnAction(e -> cancel.run());
        getChildren().addAll(title, details, new HBox(8, yes, no));
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                Platform.runLater(no::requestFocus);
            }
        });
    }
}
