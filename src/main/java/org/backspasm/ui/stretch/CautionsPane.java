package org.backspasm.ui.stretch;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.backspasm.core.stretch.StretchAdvice;
import org.backspasm.ui.layout.WrapRow;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.ui.text.Texts;

/** The question asked once, before the first routine: conditions that make some stretches unsafe. */
final class CautionsPane extends ScrollPane {
    private final StretchModel model;
    private final CautionsForm form;
    private final SourceLines sources;
    private final Texts t;

    CautionsPane(StretchModel model, SourceLines sources, Texts t) {
        this.model = model;
        this.sources = sources;
        this.t = t;
        this.form = new CautionsForm("caution-", t);
        createView();
    }

    private void createView() {
        setFitToWidth(true);
        Label title = new Label(t.get("cautions.title"));
        title.getStyleClass().add("title");
        Label ask = new Label(t.get("cautions.ask"));
        ask.setWrapText(true);
        ask.getStyleClass().add("lead");
        Label later = new Label(t.get("cautions.later"));
        later.setWrapText(true);
        later.getStyleClass().add("muted");
        Button save = new Button(t.get("cautions.save"));
        save.getStyleClass().addAll("primary", "big");
        save.setId("cautions-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> model.cautionsAnswered(form.selected()));
        Button cancel = new Button(t.get("cautions.cancel"));
        cancel.setId("cautions-cancel");
        cancel.setOnAction(e -> model.cancelCautions());
        WrapRow buttons = new WrapRow(10, 10, save, cancel); // a long language or large text: one under the other
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
