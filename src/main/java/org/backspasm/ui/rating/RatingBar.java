package org.backspasm.ui.rating;

import java.util.function.BooleanSupplier;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.journal.RatingMoment;
import org.backspasm.ui.text.Lang;
import org.backspasm.ui.text.Texts;
import org.backspasm.ui.theme.ThemeManager;

/**
 * The small bar at the bottom of the window that offers the one-tap rating of {@link RatingPrompts}: the question,
 * eleven buttons from 0 to 10 and Skip. Never a dialog and never in the way: it takes no focus, hides while nothing
 * is offered, and Esc skips it (unless something on the screen used the key first).
 */
public final class RatingBar extends VBox {
    private final RatingPrompts model;
    private final Lang lang;
    private final Label question = new Label();
    private final Label scale = new Label();
    private final FlowPane scores = new FlowPane(4, 4);
    private final Button skip = new Button();
    private final EventHandler<KeyEvent> esc = this::onKey;
    private final BooleanSupplier overlay;

    /** @param overlay true while a card sits over the window (its own Esc and Cancel come first) */
    public RatingBar(RatingPrompts model, Lang lang, BooleanSupplier overlay) {
        this.model = model;
        this.overlay = overlay;
        this.lang = lang;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("rating-bar");
        getStylesheets().add(ThemeManager.stylesheet(RatingBar.class, "rating.css"));
        setId("rating-bar");
        setSpacing(4);
        question.getStyleClass().add("rating-question");
        question.setId("rating-question");
        question.setWrapText(true);
        question.setMinHeight(USE_PREF_SIZE);
        scale.getStyleClass().add("muted");
        scale.setWrapText(true);
        scale.setMinHeight(USE_PREF_SIZE);
        scores.setAlignment(Pos.CENTER_LEFT);
        for (int i = PainRating.MIN; i <= PainRating.MAX; i++) {
            int score = i;
            Button b = new Button(Integer.toString(i));
            b.getStyleClass().addAll("pain-score", "rating-score");
            b.setId("rating-" + i);
            b.setFocusTraversable(false);
            b.setOnAction(e -> model.rate(score));
            scores.getChildren().add(b);
        }
        skip.setId("rating-skip");
        skip.setFocusTraversable(false);
        skip.getStyleClass().add("rating-skip");
        skip.setOnAction(e -> model.skip());
        scores.getChildren().add(skip);
        getChildren().addAll(question, scores, scale);
    }

    private void init() {
        visibleProperty().bind(model.pendingProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        model.pendingProperty().addListener((o, a, p) -> showTexts());
        lang.localeProperty().addListener((o, a, l) -> showTexts());
        addEventHandler(KeyEvent.KEY_PRESSED, esc);
        sceneProperty().addListener((o, was, now) -> move(was, now));
        showTexts();
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE && isVisible() && !overlay.getAsBoolean()) {
            model.skip();
            e.consume();
        }
    }

    private void move(Scene was, Scene now) {
        if (was != null) {
            was.removeEventHandler(KeyEvent.KEY_PRESSED, esc);
        }
        if (now != null) {
            now.addEventHandler(KeyEvent.KEY_PRESSED, esc);
        }
    }

    private void showTexts() {
        Texts t = lang.texts("whathelps");
        RatingPrompt p = model.pending();
        question.setText(p == null ? "" : question(p, t));
        scale.setText(t.get("bar.scale"));
        skip.setText(t.get("bar.skip"));
        skip.setAccessibleText(t.get("bar.skipAccessible"));
        for (int i = 0; i < scores.getChildren().size() - 1; i++) {
            ((Button) scores.getChildren().get(i)).setAccessibleText(t.get("bar.scoreAccessible", i));
        }
        setAccessibleText(question.getText());
    }

    /** "Ice on. How is your pain right now?" */
    static String question(RatingPrompt p, Texts t) {
        boolean before = p.moment() == RatingMoment.BEFORE;
        return switch (p.activity()) {
            case ICE -> before ? t.get("bar.before.ice") : t.get("bar.after.ice");
            case HEAT -> before ? t.get("bar.before.heat") : t.get("bar.after.heat");
            case ROUTINE -> before ? t.get("bar.before.routine") : t.get("bar.after.routine");
            case WALK, UNKNOWN -> before ? t.get("bar.before.walk") : t.get("bar.after.walk");
        };
    }
}
