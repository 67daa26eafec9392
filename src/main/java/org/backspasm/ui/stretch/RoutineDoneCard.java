package org.backspasm.ui.stretch;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.backspasm.ui.text.Texts;

/** The card at the end of a routine: well done, it is in the journal, and the way back to the routines. */
final class RoutineDoneCard extends VBox {
    RoutineDoneCard(Runnable back, Texts t) {
        super(10);
        Label title = new Label(t.get("done.title"));
        title.getStyleClass().add("subtitle");
        title.setId("stretch-done");
        Label text = new Label(t.get("done.text"));
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Button backButton = new Button(t.get("done.back"));
        backButton.getStyleClass().addAll("primary", "big");
        backButton.setId("stretch-back");
        backButton.setOnAction(e -> back.run());
        getChildren().addAll(title, text, backButton);
        getStyleClass().add("card");
    }
}
