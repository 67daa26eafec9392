package org.backspasm.ui.stretch;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.backspasm.core.stretch.StretchAdvice;
import org.backspasm.core.stretch.PlayerPhase;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.core.stretch.PhaseText;

/**
 * After "This hurts — stop": where the routine stopped, how bad the pain is (0–10, saved to the journal), what
 * kind of pain means stop, and the way to the warning-sign check.
 */
final class PainPane extends ScrollPane {
    private final StretchModel model;
    private final Label where = new Label();
    private final ToggleGroup scores = new ToggleGroup();
    private final Label saved = new Label();

    private final SourceLines sources;

    PainPane(StretchModel model, SourceLines sources) {
        this.model = model;
        this.sources = sources;
        createView();
        init();
    }

    private void createView() {
        setFitToWidth(true);
        Label title = new Label("Stopped");
        title.getStyleClass().add("title");
        title.setId("pain-title");
        where.setWrapText(true);
        where.getStyleClass().add("lead");
        where.setId("pain-where");
        Label ask = new Label("How bad is the pain right now? 0 is no pain, 10 the worst you can imagine.");
        ask.setWrapText(true);
        ask.getStyleClass().add("subtitle");
        FlowPane row = new FlowPane(6, 6);
        for (int i = 0; i <= 10; i++) {
            ToggleButton b = new ToggleButton(String.valueOf(i));
            b.setUserData(i);
            b.setId("pain-" + i);
            b.getStyleClass().add("pain-score");
            b.setToggleGroup(scores);
            row.getChildren().add(b);
        }
        saved.setId("pain-saved");
        saved.getStyleClass().add("muted");
        VBox scoreCard = new VBox(ask, row, saved);
        scoreCard.getStyleClass().add("card");

        Label stop = new Label("Sharp, severe or new pain, or pain, numbness or tingling in a leg getting worse, "
                + "means stop these stretches for now. Rest in whatever position is comfortable.");
        stop.setWrapText(true);
        stop.getStyleClass().add("lead");
        Label check = new Label("If you are worried, the warning-sign check asks a few questions and tells you "
                + "when to get help.");
        check.setWrapText(true);
        Button warning = new Button("Check warning signs");
        warning.getStyleClass().addAll("danger");
        warning.setId("pain-warning-signs");
        warning.setOnAction(e -> model.checkWarningSigns());
        Button back = new Button("Back to routines");
        back.setId("pain-back");
        back.setOnAction(e -> model.leavePlayer());
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(10, 10, warning, back);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox adviceCard = new VBox(stop, check, buttons, sources.line(StretchAdvice.PAIN_STOP_SOURCES));
        adviceCard.getStyleClass().addAll("card", "pain-advice");

        VBox page = new VBox(title, where, scoreCard, adviceCard);
        page.getStyleClass().add("page");
        page.setMaxWidth(860);
        setContent(page);
    }

    private void init() {
        scores.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null && model.painScoreProperty().get() == null) {
                model.recordPain((Integer) t.getUserData());
            }
        });
        model.painScoreProperty().addListener((o, a, s) -> showSaved(s));
    }

    void refresh() {
        PlayerPhase p = model.stoppedAtProperty().get();
        where.setText(p == null ? "The routine was stopped."
                : "The routine stopped during " + p.stretchName() + " (" + PhaseText.where(p).toLowerCase() + ").");
        scores.selectToggle(null);
        scores.getToggles().forEach(t -> ((ToggleButton) t).setDisable(false));
        showSaved(model.painScoreProperty().get());
    }

    private void showSaved(Integer score) {
        if (score == null) {
            saved.setText("Pick a number; it is saved in your journal with this stop.");
            return;
        }
        saved.setText("Saved in your journal: pain " + score + "/10 when you stopped.");
        scores.getToggles().forEach(t -> ((ToggleButton) t).setDisable(t.getUserData() != score));
    }
}
