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
import org.backspasm.ui.text.Texts;

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
    private final Texts t;

    PainPane(StretchModel model, SourceLines sources, Texts t) {
        this.model = model;
        this.sources = sources;
        this.t = t;
        createView();
        init();
    }

    private void createView() {
        setFitToWidth(true);
        Label title = new Label(t.get("pain.title"));
        title.getStyleClass().add("title");
        title.setId("pain-title");
        where.setWrapText(true);
        where.getStyleClass().add("lead");
        where.setId("pain-where");
        Label ask = new Label(t.get("pain.ask"));
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

        Label stop = new Label(t.get("pain.stop"));
        stop.setWrapText(true);
        stop.getStyleClass().add("lead");
        Label check = new Label(t.get("pain.check"));
        check.setWrapText(true);
        Button warning = new Button(t.get("pain.checkSigns"));
        warning.getStyleClass().addAll("danger");
        warning.setId("pain-warning-signs");
        warning.setOnAction(e -> model.checkWarningSigns());
        Button back = new Button(t.get("pain.back"));
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
        where.setText(p == null ? t.get("pain.stopped")
                : t.get("pain.stoppedDuring", t.content(p.stretchName()), lowerFirst(PhaseText.where(p, t.locale()))));
        scores.selectToggle(null);
        scores.getToggles().forEach(t -> ((ToggleButton) t).setDisable(false));
        showSaved(model.painScoreProperty().get());
    }

    /** "Rep 2 of 5, holding" inside a sentence: "rep 2 of 5, holding". */
    private String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(t.locale()) + s.substring(1);
    }

    private void showSaved(Integer score) {
        if (score == null) {
            saved.setText(t.get("pain.pick"));
            return;
        }
        saved.setText(t.get("pain.saved", score));
        scores.getToggles().forEach(t -> ((ToggleButton) t).setDisable(t.getUserData() != score));
    }
}
