package org.backspasm.ui.therapy;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** A small in-screen question with a confirming and a cancelling answer (Esc cancels, Enter confirms). */
final class ConfirmCard extends VBox {
    private final Button yes;
    private final Button no;
    private Runnable onEscape;

    ConfirmCard(String id, String title, String text, String yesText, String noText, Runnable onYes, Runnable onNo) {
        getStyleClass().add("dialog-card");
        setId(id);
        setMaxWidth(560);
        setMaxHeight(USE_PREF_SIZE);
        Label t = new Label(title);
        t.getStyleClass().add("subtitle");
        t.setWrapText(true);
        t.setMinHeight(USE_PREF_SIZE); // the question and its answers never shrink to "…"
        Label body = new Label(text);
        body.setWrapText(true);
        body.setMinHeight(USE_PREF_SIZE);
        yes = new Button(yesText);
        yes.setId(id + "-yes");
        yes.getStyleClass().add("primary");
        yes.setOnAction(e -> onYes.run());
        no = new Button(noText);
        no.setId(id + "-no");
        no.setOnAction(e -> onNo.run());
        onEscape = onNo;
        FlowPane buttons = new FlowPane(10, 10, yes, no);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(t, body, buttons);
    }

    /** Puts content between the text and the buttons. */
    ConfirmCard with(javafx.scene.Node... extra) {
        getChildren().addAll(getChildren().size() - 1, java.util.List.of(extra));
        return this;
    }

    /** Esc does this (by default the same as the second answer). */
    ConfirmCard onEscape(Runnable r) {
        onEscape = r;
        return this;
    }

    /** Only the first answer (for a card that just informs). */
    ConfirmCard single() {
        no.setVisible(false);
        no.setManaged(false);
        return this;
    }

    /** Enter confirms (only for questions where the first answer is the safe one). */
    ConfirmCard confirmOnEnter() {
        yes.setDefaultButton(true);
        return this;
    }

    void cancel() {
        onEscape.run();
    }

    void focusDefault() {
        yes.requestFocus();
    }
}
