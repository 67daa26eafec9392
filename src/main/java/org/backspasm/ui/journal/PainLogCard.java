package org.backspasm.ui.journal;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.warningsigns.CheckAgain;

/**
 * "How bad is it right now?": eleven big buttons from 0 to 10 (easy to hit from the floor), an optional note,
 * and Save, which adds a pain rating to the journal.
 */
public final class PainLogCard extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ToggleGroup scores = new ToggleGroup();
    private final TextField note = new TextField();
    private final Button save = new Button("Save rating");
    private final Label status = new Label();
    private final Clock clock;
    private final Consumer<PainRating> sink;

    private final Runnable somethingNew;

    public PainLogCard(Clock clock, Consumer<PainRating> sink) {
        this(clock, sink, null);
    }

    /** @param somethingNew what "Something new?" does (offers the warning-sign check again), or null for no button */
    public PainLogCard(Clock clock, Consumer<PainRating> sink, Runnable somethingNew) {
        this.clock = clock;
        this.sink = sink;
        this.somethingNew = somethingNew;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().addAll("card", "pain-log");
        Label title = new Label("How bad is the pain right now?");
        title.getStyleClass().add("subtitle");
        Label scale = new Label("0 = no pain, 10 = the worst pain you can imagine");
        scale.getStyleClass().add("muted");
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(3, 3); // wraps in a narrow window
        row.setAlignment(Pos.CENTER_LEFT);
        for (int i = PainRating.MIN; i <= PainRating.MAX; i++) {
            ToggleButton b = new ToggleButton(Integer.toString(i));
            b.setUserData(i);
            b.setToggleGroup(scores);
            b.setId("pain-" + i);
            b.getStyleClass().add("pain-score");
            b.setAccessibleText("Pain " + i + " out of 10");
            row.getChildren().add(b);
        }
        note.setPromptText("Note (optional): what were you doing, what helped?");
        note.setId("pain-note");
        save.getStyleClass().add("primary");
        save.setId("save-pain");
        note.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 8, save);
        if (somethingNew != null) {
            Button news = new Button(CheckAgain.BUTTON);
            news.setId("something-new");
            news.setTooltip(new javafx.scene.control.Tooltip(CheckAgain.BUTTON_HELP));
            news.setAccessibleHelp(CheckAgain.BUTTON_HELP);
            news.setOnAction(e -> {
                somethingNew.run();
                status.setText(CheckAgain.noted(TIME.format(clock.instant().atZone(zoneOf(clock)))));
            });
            buttons.getChildren().add(news);
        }
        org.backspasm.ui.layout.TrailingRow saveRow = new org.backspasm.ui.layout.TrailingRow(8, note, buttons);
        status.getStyleClass().add("muted");
        status.setId("pain-status");
        getChildren().addAll(title, scale, row, saveRow, status);
    }

    private void init() {
        save.disableProperty().bind(scores.selectedToggleProperty().isNull());
        save.setOnAction(e -> saveRating());
        note.setOnAction(e -> {
            if (!save.isDisabled()) {
                saveRating();
            }
        });
    }

    private void saveRating() {
        int score = (Integer) scores.getSelectedToggle().getUserData();
        PainRating rating = new PainRating(clock.instant(), score, note.getText(), "");
        sink.accept(rating);
        status.setText("Saved pain " + score + "/10 at " + TIME.format(rating.at().atZone(zoneOf(clock))) + ".");
        scores.selectToggle(null);
        note.clear();
    }

    private static ZoneId zoneOf(Clock clock) {
        return clock.getZone();
    }
}
