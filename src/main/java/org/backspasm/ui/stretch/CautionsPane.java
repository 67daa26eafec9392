package org.backspasm.ui.stretch;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.backspasm.core.stretch.StretchAdvice;
import org.backspasm.ui.source.SourceLines;

/** The question asked once, before the first routine: conditions that make some stretches unsafe. */
final class CautionsPane extends ScrollPane {
    private final StretchModel model;
    private final CautionsForm form = new CautionsForm("caution-");

    private final SourceLines sources;

    CautionsPane(StretchModel model, SourceLines sources) {
        this.model = model;
        this.sources = sources;
        createView();
    }

    private void createView() {
        setFitToWidth(true);
        Label title = new Label("Before your first routine");
        title.getStyleClass().add("title");
        Label ask = new Label("A few health conditions make some stretches unsafe or need a change. "
                + "Do any of these apply to you? Tick all that do, or none.");
        ask.setWrapText(true);
        ask.getStyleClass().add("lead");
        Label later = new Label("The app asks only once. You can change your answers any time in Settings.");
        later.setWrapText(true);
        later.getStyleClass().add("muted");
        Button save = new Button("Save answers");
        save.getStyleClass().addAll("primary", "big");
        save.setId("cautions-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> model.cautionsAnswered(form.selected()));
        Button cancel = new Button("Not now");
        cancel.setId("cautions-cancel");
        cancel.setOnAction(e -> model.cancelCautions());
        HBox buttons = new HBox(10, save, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(ask, form, later, sources.line(StretchAdvice.CAUTIONS_SOURCES),
                buttons);
        card.getStyleClass().add("card");
        card.setMaxWidth(720);
        VBox page = new VBox(title, card);
        page.getStyleClass().add("page");
        setContent(page);
    }

    void refresh() {
        form.show(model.routines().stateProperty().get().cautions());
    }
}
