package org.backspasm.ui.stretch;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.backspasm.core.stretch.StretchAdvice;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.ui.text.Texts;

/**
 * Shown before a routine while a recent injury, fall or operation is reported and no clinician's go-ahead is
 * confirmed: it offers the warning-sign check first, and asks whether a doctor or physiotherapist has said
 * exercise is all right. The answer is kept and can be changed in Settings.
 */
final class InjuryPane extends ScrollPane {
    private final StretchModel model;
    private final SourceLines sources;
    private final Texts t;

    InjuryPane(StretchModel model, SourceLines sources, Texts t) {
        this.model = model;
        this.sources = sources;
        this.t = t;
        createView();
    }

    private void createView() {
        setFitToWidth(true);
        Label title = new Label(t.get("injury.title"));
        title.getStyleClass().add("title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label lead = wrap(t.get("injury.lead"), "lead");
        Button signs = new Button(t.get("injury.checkSigns"));
        signs.getStyleClass().addAll("primary", "big");
        signs.setId("injury-check-signs");
        fit(signs);
        signs.setOnAction(e -> model.injuryCheckSigns());
        Label ask = wrap(t.get("injury.ask"), "subtitle");
        Button yes = new Button(t.get("injury.yes"));
        yes.setId("injury-clinician-yes");
        fit(yes);
        yes.setOnAction(e -> model.confirmClinicianOkAndStart());
        Button notYet = new Button(t.get("injury.notYet"));
        notYet.setId("injury-not-yet");
        fit(notYet);
        notYet.setOnAction(e -> model.injuryNotYet());
        VBox answers = new VBox(8, yes, notYet);
        answers.setAlignment(Pos.CENTER_LEFT);
        Label later = wrap(t.get("injury.later"), "muted");
        VBox card = new VBox(lead, signs, ask, answers, later, sources.line(StretchAdvice.INJURY_SOURCES));
        card.getStyleClass().add("card");
        card.setId("injury-card");
        card.setMaxWidth(720);
        VBox page = new VBox(title, card);
        page.getStyleClass().add("page");
        setContent(page);
    }

    /** A button narrower than its text wraps it onto more lines instead of cutting it short. */
    private static void fit(Button b) {
        b.setWrapText(true);
        b.setMinHeight(Region.USE_PREF_SIZE);
    }

    private static Label wrap(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(style);
        return l;
    }
}
