package org.backspasm.ui.stretch;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.backspasm.core.stretch.PlayerState;
import org.backspasm.ui.layout.TrailingRow;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.ui.stretch.figure.FigureView;
import org.backspasm.ui.stretch.figure.PoseLibrary;
import org.backspasm.ui.text.Texts;

/**
 * The player: the stretch's name and one line, the picture, the big step text, the hold countdown or breath pacer,
 * rep and side, what comes next, the controls, and "This hurts — stop" always in reach. Its words are the model's
 * {@link PlayerTexts} and the {@code stretches} bundle's; the picture and the breath pacer follow the player's state.
 */
final class PlayerPane extends VBox {
    private static final PseudoClass PAUSED = PseudoClass.getPseudoClass("paused");
    private final StretchModel model;
    private final PlayerPicture picture;
    private final Label where = label("stretch-where", "muted", "small");
    private final Label name = whole(label("stretch-name", "title"));
    private final Label line = whole(label("stretch-line", "lead"));
    private final Label step = whole(label("stretch-step", "step-text"));
    private final Label count = label("stretch-count", "step-count");
    private final Label countText = whole(label("stretch-count-text", "step-count-text"));
    private final Label rep = label("stretch-rep", "step-rep");
    private final Label next = whole(label("stretch-next", "muted"));
    private final Label change = whole(label("stretch-change", "stretch-change")); // a caution's change, whole
    private final Label keys = whole(label(null, "muted", "small"));
    private final Button hurts;
    private final Button pause;
    private final FlowPane controls;
    private final BreathPacer pacer = new BreathPacer();
    private final HBox timer = new HBox(12);
    private final RoutineDoneCard done;
    private int shownStretch = -1;

    private final Texts t;

    PlayerPane(StretchModel model, PoseLibrary poses, SourceLines sources, Texts t) {
        this.model = model;
        this.t = t;
        this.picture = new PlayerPicture(poses, sources, t);
        this.done = new RoutineDoneCard(model::leavePlayer, t);
        hurts = button(t.get("player.hurts"), "stretch-hurts", model::stopForPain, "danger", "big");
        pause = button(t.get("player.pause"), "stretch-pause", model::togglePause, "primary");
        controls = new FlowPane(8, 8, button(t.get("player.previous"), "stretch-previous", model::previous), pause,
                button(t.get("player.next"), "stretch-next-button", model::next),
                button(t.get("player.skip"), "stretch-skip", model::skipStretch),
                button(t.get("player.end"), "stretch-end", model::end));
        createView();
        model.playerTextsProperty().addListener((o, a, words) -> show());
    }

    private void createView() {
        getStyleClass().addAll("page", "stretch-player");
        setId("stretch-player");
        where.setMinHeight(Region.USE_PREF_SIZE);
        hurts.setAccessibleText(t.get("player.hurtsAccessible"));
        hurts.setMinWidth(Region.USE_PREF_SIZE);
        pause.setMinWidth(Region.USE_PREF_SIZE);
        // "This hurts" beside the titles, or under them in a narrow window
        TrailingRow top = new TrailingRow(16, new VBox(2, where, name, line), hurts);
        count.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        timer.getChildren().setAll(count, pacer, countText, gap, rep);
        timer.setAlignment(Pos.CENTER_LEFT);
        controls.setAlignment(Pos.CENTER_LEFT);
        keys.setText(t.get("player.keys"));
        getChildren().addAll(top, picture, step, timer, next, change, controls, keys, done);
        setFocusTraversable(true);
    }

    /** Shows the model's words and moves the picture and pacer to the player's state. */
    void show() {
        PlayerTexts t = model.playerTextsProperty().get();
        PlayerState s = model.playerStateProperty().get();
        boolean finished = t == null || t.finished();
        setShown(done, finished && t != null);
        List.of(step, timer, next, controls, keys).forEach(n -> setShown(n, !finished));
        hurts.setDisable(s == null || !s.active());
        if (finished) {
            pacer.stop();
            setShown(change, false);
            picture.stop();
            return;
        }
        if (t.stretchIndex() != shownStretch) {
            shownStretch = t.stretchIndex();
            name.setText(t.name());
            line.setText(t.line());
            change.setText(t.changes());
            setShown(change, !t.changes().isEmpty());
            picture.showStretch(model.playingPlan().stretches().get(t.stretchIndex()).stretch());
        }
        where.setText(t.where());
        picture.setSide(t.side());
        step.setText(t.step());
        rep.setText(t.rep());
        count.setText(t.count());
        countText.setText(t.countText());
        next.setText(t.next());
        pause.setText(t.pause());
        pseudoClassStateChanged(PAUSED, t.paused());
        boolean running = s.status() == PlayerState.Status.RUNNING;
        setShown(pacer, t.breaths());
        if (t.breaths()) {
            pacer.show(s, running);
        } else {
            pacer.stop();
        }
        picture.showPhase(s.phase(), running);
    }

    void toggleWhy() {
        picture.toggleWhy();
    }

    void hidden() {
        picture.stop();
        pacer.stop();
    }

    void reset() {
        shownStretch = -1;
        picture.forget();
    }

    FigureView figure() {
        return picture.figure();
    }

    private static Label label(String id, String... styles) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().addAll(styles);
        return l;
    }

    /** Wraps and is never cut short. */
    private static Label whole(Label l) {
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static Button button(String text, String id, Runnable action, String... styles) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().addAll(styles);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static void setShown(Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }
}
