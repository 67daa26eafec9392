package org.backspasm.ui.journal;

import org.backspasm.ui.text.Lang;
import org.backspasm.ui.text.Texts;

import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.backspasm.core.journal.PainRating;

/**
 * "How bad is it right now?": eleven big buttons from 0 to 10 (easy to hit from the floor), an optional note,
 * and Save, which adds a pain rating to the journal.
 */
public final class PainLogCard extends VBox {
    private final ToggleGroup scores = new ToggleGroup();
    private final TextField note = new TextField();
    private final Button save = new Button();
    private final Label status = new Label();
    private final Clock clock;
    private final Consumer<PainRating> sink;
    private final Texts t;

    private final Texts checkTexts;
    private final Runnable somethingNew;

    public PainLogCard(Clock clock, Consumer<PainRating> sink, Lang lang) {
        this(clock, sink, lang, null);
    }

    /** @param somethingNew what "Something new?" does (offers the warning-sign check again), or null for no button */
    public PainLogCard(Clock clock, Consumer<PainRating> sink, Lang lang, Runnable somethingNew) {
        this.clock = clock;
        this.sink = sink;
        this.t = lang.texts("journal");
        this.checkTexts = lang.texts("check");
        this.somethingNew = somethingNew;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().addAll("card", "pain-log");
        Label title = new Label(t.get("log.title"));
        title.getStyleClass().add("subtitle");
        Label scale = new Label(t.get("log.scale"));
        scale.getStyleClass().add("muted");
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(3, 3); // wraps in a narrow window
        row.setAlignment(Pos.CENTER_LEFT);
        for (int i = PainRating.MIN; i <= PainRating.MAX; i++) {
            ToggleButton b = new ToggleButton(Integer.toString(i));
            b.setUserData(i);
            b.setToggleGroup(scores);
            b.setId("pain-" + i);
            b.getStyleClass().add("pain-score");
            b.setAccessibleText(t.get("log.scoreAccessible", i));
            row.getChildren().add(b);
        }
        // the hint above the field, whole: as prompt text it was cut off in a half-width card
        Label noteHint = new Label(t.get("log.notePrompt"));
        noteHint.getStyleClass().addAll("muted", "small");
        noteHint.setWrapText(true);
        noteHint.setLabelFor(note);
        noteHint.setId("pain-note-hint");
        save.setText(t.get("log.save"));
        note.setId("pain-note");
        save.getStyleClass().add("primary");
        save.setId("save-pain");
        note.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 8, save);
        if (somethingNew != null) {
            Button news = new Button(checkTexts.get("somethingNew.button"));
            news.setId("something-new");
            String help = checkTexts.get("somethingNew.help");
            news.setTooltip(new javafx.scene.control.Tooltip(help));
            news.setAccessibleHelp(help);
            news.setOnAction(e -> {
                somethingNew.run();
                status.setText(checkTexts.get("somethingNew.noted",
                        t.formats().time(clock.instant().atZone(zoneOf(clock)).toLocalTime())));
            });
            buttons.getChildren().add(news);
        }
        org.backspasm.ui.layout.TrailingRow saveRow = new org.backspasm.ui.layout.TrailingRow(8, note, buttons);
        status.getStyleClass().add("muted");
        status.setId("pain-status");
        getChildren().addAll(title, scale, row, noteHint, saveRow, status);
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
        status.setText(t.get("log.saved", score, t.formats().time(rating.at().atZone(zoneOf(clock)).toLocalTime())));
        scores.selectToggle(null);
        note.clear();
    }

    private static ZoneId zoneOf(Clock clock) {
        return clock.getZone();
    }
}
