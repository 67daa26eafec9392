package org.backspasm.ui.stretch;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.backspasm.core.stretch.PlayerPhase;
import org.backspasm.core.stretch.PhaseText;
import org.backspasm.core.stretch.PlannedStretch;
import org.backspasm.core.stretch.PlayerState;
import org.backspasm.core.stretch.Stretch;
import org.backspasm.core.stretch.StretchStep;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.core.therapy.TimeWords;
import org.backspasm.ui.stretch.figure.FigureView;
import org.backspasm.ui.stretch.figure.Pose;
import org.backspasm.ui.stretch.figure.PoseLibrary;

/**
 * The player: the stretch's name and one line, the picture, the big step text, the hold countdown or breath pacer,
 * rep and side, what comes next, the controls, and "This hurts — stop" always in reach.
 */
final class PlayerPane extends VBox {
    private final StretchModel model;
    private final PoseLibrary poses;
    private final Label where = new Label();
    private final Label name = new Label();
    private final Label line = new Label();
    private final Button hurts = new Button("This hurts — stop");
    private final FigureView figure = new FigureView();
    private final Label side = new Label();
    private final WhyText why;
    private final ToggleButton whyButton = new ToggleButton("Why?");
    private final Label step = new Label();
    private final Label count = new Label();
    private final Label countText = new Label();
    private final Label rep = new Label();
    private final BreathPacer pacer = new BreathPacer();
    private final Label next = new Label();
    private final Label change = new Label();
    private final Button previous = new Button("◀ Previous");
    private final Button pause = new Button("Pause");
    private final Button nextButton = new Button("Next ▶");
    private final Button skip = new Button("Skip stretch");
    private final Button end = new Button("End routine");
    private final VBox done = new VBox(10);
    private final javafx.scene.layout.FlowPane controls;
    private final HBox timer = new HBox(12);
    private final Label keys = new Label();
    private int shownStretch = -1;
    private PlayerPhase shownPhase;
    private boolean shownRunning;

    PlayerPane(StretchModel model, PoseLibrary poses, SourceLines sources) {
        this.model = model;
        this.why = new WhyText(sources);
        this.poses = poses;
        controls = new javafx.scene.layout.FlowPane(8, 8, previous, pause, nextButton, skip, end);
        createView();
        init();
    }

    private void createView() {
        getStyleClass().addAll("page", "stretch-player");
        setId("stretch-player");
        where.getStyleClass().addAll("muted", "small");
        where.setId("stretch-where");
        where.setMinHeight(Region.USE_PREF_SIZE);
        name.getStyleClass().add("title");
        name.setId("stretch-name");
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        line.getStyleClass().add("lead");
        line.setWrapText(true);
        line.setId("stretch-line");
        line.setMinHeight(Region.USE_PREF_SIZE);
        hurts.getStyleClass().addAll("danger", "big");
        hurts.setId("stretch-hurts");
        hurts.setMinWidth(Region.USE_PREF_SIZE);
        hurts.setAccessibleText("This hurts: stop the routine now");
        VBox titles = new VBox(2, where, name, line);
        // "This hurts" beside the titles, or under them in a narrow window
        org.backspasm.ui.layout.TrailingRow top = new org.backspasm.ui.layout.TrailingRow(16, titles, hurts);

        side.getStyleClass().add("side-badge");
        side.setId("stretch-side");
        whyButton.setId("stretch-why");
        whyButton.getStyleClass().add("why-button");
        ScrollPane whyScroll = new ScrollPane(why);
        whyScroll.setFitToWidth(true);
        whyScroll.visibleProperty().bind(whyButton.selectedProperty());
        figure.visibleProperty().bind(whyButton.selectedProperty().not());
        figure.setId("stretch-figure");
        StackPane picture = new StackPane(figure, whyScroll, side, whyButton);
        StackPane.setAlignment(side, Pos.TOP_LEFT);
        StackPane.setAlignment(whyButton, Pos.TOP_RIGHT);
        picture.getStyleClass().add("stretch-picture");
        picture.setMinHeight(150);
        picture.setPrefHeight(300);
        VBox.setVgrow(picture, Priority.ALWAYS);

        step.getStyleClass().add("step-text");
        step.setWrapText(true);
        step.setId("stretch-step");
        step.setMinHeight(Region.USE_PREF_SIZE);
        count.getStyleClass().add("step-count");
        count.setId("stretch-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        countText.getStyleClass().add("step-count-text");
        countText.setId("stretch-count-text");
        rep.getStyleClass().add("step-rep");
        rep.setId("stretch-rep");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        timer.getChildren().setAll(count, pacer, countText, gap, rep);
        timer.setAlignment(Pos.CENTER_LEFT);
        next.getStyleClass().add("muted");
        next.setId("stretch-next");
        next.setWrapText(true);
        change.getStyleClass().add("stretch-change");
        change.setWrapText(true);
        change.setMinHeight(Region.USE_PREF_SIZE); // a caution's change is never cut short
        change.setId("stretch-change");

        previous.setId("stretch-previous");
        pause.setId("stretch-pause");
        pause.getStyleClass().add("primary");
        pause.setMinWidth(Region.USE_PREF_SIZE);
        nextButton.setId("stretch-next-button");
        skip.setId("stretch-skip");
        end.setId("stretch-end");
        controls.setAlignment(Pos.CENTER_LEFT);
        keys.setText("Keys: Space pause or resume · ← → previous or next · S skip stretch · "
                + "W why · H this hurts");
        keys.setMinHeight(Region.USE_PREF_SIZE);
        keys.getStyleClass().addAll("muted", "small");
        keys.setWrapText(true);

        Label doneTitle = new Label("Routine finished. Well done.");
        doneTitle.getStyleClass().add("subtitle");
        doneTitle.setId("stretch-done");
        Label doneText = new Label("It is in your journal. Do it again later today or tomorrow, "
                + "as long as it does not make the pain worse.");
        doneText.setWrapText(true);
        doneText.setMinHeight(Region.USE_PREF_SIZE);
        Button back = new Button("Back to routines");
        back.getStyleClass().addAll("primary", "big");
        back.setId("stretch-back");
        back.setOnAction(e -> model.leavePlayer());
        done.getChildren().addAll(doneTitle, doneText, back);
        done.getStyleClass().add("card");

        getChildren().addAll(top, picture, step, timer, next, change, controls, keys, done);
        setFocusTraversable(true);
    }

    private void init() {
        hurts.setOnAction(e -> model.stopForPain());
        pause.setOnAction(e -> model.togglePause());
        previous.setOnAction(e -> model.previous());
        nextButton.setOnAction(e -> model.next());
        skip.setOnAction(e -> model.skipStretch());
        end.setOnAction(e -> model.end());
        model.playerStateProperty().addListener((o, a, s) -> show(s));
        whyButton.selectedProperty().addListener((o, a, on) -> whyChanged());
    }

    void show(PlayerState s) {
        boolean finished = s == null || s.status() == PlayerState.Status.DONE;
        setShown(done, finished && s != null);
        for (var n : List.of(step, timer, next, controls, keys)) {
            setShown(n, !finished);
        }
        hurts.setDisable(s == null || !s.active());
        if (s == null) {
            return;
        }
        if (finished) {
            pacer.stop();
            setShown(change, false);
            side.setVisible(false);
            figure.stopAnimation();
            return;
        }
        PlayerPhase p = s.phase();
        PlannedStretch planned = model.playingPlan().stretches().get(p.stretchIndex());
        Stretch st = planned.stretch();
        if (p.stretchIndex() != shownStretch) {
            shownStretch = p.stretchIndex();
            showStretch(planned);
        }
        where.setText(model.playingPlan().routineName() + " · stretch " + (p.stretchIndex() + 1) + " of "
                + model.playingPlan().stretches().size());
        side.setText(p.side().label());
        side.setVisible(!p.side().label().isEmpty() && !whyButton.isSelected());
        step.setText(p.text());
        rep.setText(p.kind() == PlayerPhase.PhaseKind.SETUP ? "" : p.reps() == 1 ? "" : "Rep " + p.rep() + " of " + p.reps());
        setShown(pacer, p.breaths() > 0);
        if (p.breaths() > 0) {
            pacer.show(s, s.status() == PlayerState.Status.RUNNING);
        } else {
            pacer.stop();
        }
        if (p.breaths() > 0) {
            count.setText(String.valueOf(s.breathSecondsLeft()));
            countText.setText((s.breathingIn() ? "Breathe in…" : "Breathe out…") + "  breath " + s.breath()
                    + " of " + p.breaths());
        } else {
            count.setText(TimeWords.shortCountdown(s.secondsLeft()));
            countText.setText(switch (p.kind()) {
                case SETUP -> "to get into position";
                case HOLD -> st.dose().holdSeconds() >= 60 ? "to go" : "hold, and keep breathing";
                case REST -> "rest";
                case SWITCH -> "to change sides";
                case MOVE -> "move slowly";
            });
        }
        next.setText(PhaseText.next(model.phases(), p));
        boolean paused = s.status() == PlayerState.Status.PAUSED;
        pause.setText(paused ? "Resume" : "Pause");
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("paused"), paused);
        showFigure(p, s.status() == PlayerState.Status.RUNNING);
    }

    private void showStretch(PlannedStretch planned) {
        Stretch st = planned.stretch();
        name.setText(st.name());
        line.setText(st.line());
        List<Pose> frame = new ArrayList<>();
        frame.add(poses.get(st.startPose()));
        for (StretchStep step : st.steps()) {
            frame.add(poses.get(step.pose()));
            if (!step.loopPose().isEmpty()) {
                frame.add(poses.get(step.loopPose()));
            }
        }
        figure.setFrame(frame);
        shownPhase = null;
        List<String> changes = planned.changes().stream().map(g -> g.reason()).toList();
        change.setText(String.join("\n", changes));
        setShown(change, !changes.isEmpty());
        why.show(st);
        whyButton.setSelected(false);
    }

    private void showFigure(PlayerPhase p, boolean running) {
        boolean samePhase = shownPhase != null && shownPhase.index() == p.index();
        if (samePhase && running == shownRunning) {
            return;
        }
        Pose pose = poses.get(p.pose());
        if (running && !p.loopPose().isEmpty()) {
            figure.loop(pose, poses.get(p.loopPose()), p.side().mirrored());
        } else {
            figure.show(pose, p.side().mirrored(), running && !samePhase && shownPhase != null);
            if (!running) {
                figure.stopAnimation();
            }
        }
        shownPhase = p;
        shownRunning = running;
    }

    void toggleWhy() {
        whyButton.setSelected(!whyButton.isSelected());
    }

    private void whyChanged() {
        side.setVisible(!side.getText().isEmpty() && !whyButton.isSelected());
    }

    void hidden() {
        figure.stopAnimation();
        pacer.stop();
        shownRunning = false;
    }

    void reset() {
        shownStretch = -1;
        shownPhase = null;
    }

    FigureView figure() {
        return figure;
    }

    private static void setShown(javafx.scene.Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }
}
