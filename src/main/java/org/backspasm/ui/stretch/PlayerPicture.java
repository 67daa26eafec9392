package org.backspasm.ui.stretch;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.backspasm.core.stretch.PlayerPhase;
import org.backspasm.core.stretch.Stretch;
import org.backspasm.core.stretch.StretchStep;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.ui.stretch.figure.FigureView;
import org.backspasm.ui.stretch.figure.Pose;
import org.backspasm.ui.stretch.figure.PoseLibrary;
import org.backspasm.ui.text.Texts;

/**
 * The player's picture: the figure moving through the stretch's poses, the side badge, and "Why?" that swaps the
 * figure for the reasons and sources of the stretch.
 */
final class PlayerPicture extends StackPane {
    private final PoseLibrary poses;
    private final FigureView figure = new FigureView();
    private final WhyText why;
    private final ToggleButton whyButton;
    private final Label side = new Label();
    private PlayerPhase shownPhase;
    private boolean shownRunning;

    PlayerPicture(PoseLibrary poses, SourceLines sources, Texts t) {
        this.poses = poses;
        this.why = new WhyText(sources, t);
        this.whyButton = new ToggleButton(t.get("player.why"));
        side.getStyleClass().add("side-badge");
        side.setId("stretch-side");
        whyButton.setId("stretch-why");
        whyButton.getStyleClass().add("why-button");
        ScrollPane whyScroll = new ScrollPane(why);
        whyScroll.setFitToWidth(true);
        whyScroll.visibleProperty().bind(whyButton.selectedProperty());
        figure.visibleProperty().bind(whyButton.selectedProperty().not());
        figure.setId("stretch-figure");
        getChildren().addAll(figure, whyScroll, side, whyButton);
        StackPane.setAlignment(side, Pos.TOP_LEFT);
        StackPane.setAlignment(whyButton, Pos.TOP_RIGHT);
        getStyleClass().add("stretch-picture");
        setMinHeight(150);
        setPrefHeight(300);
        VBox.setVgrow(this, Priority.ALWAYS);
        whyButton.selectedProperty().addListener((o, a, on) -> showSide());
    }

    /** A new stretch: its poses, its reasons, and the figure rather than the reasons. */
    void showStretch(Stretch st) {
        List<Pose> frame = new ArrayList<>();
        frame.add(poses.get(st.startPose()));
        for (StretchStep s : st.steps()) {
            frame.add(poses.get(s.pose()));
            if (!s.loopPose().isEmpty()) {
                frame.add(poses.get(s.loopPose()));
            }
        }
        figure.setFrame(frame);
        shownPhase = null;
        why.show(st);
        whyButton.setSelected(false);
    }

    /** The side being stretched ("" for none). */
    void setSide(String text) {
        side.setText(text);
        showSide();
    }

    private void showSide() {
        side.setVisible(!side.getText().isEmpty() && !whyButton.isSelected());
    }

    /** The figure at the phase: moving while it runs, still when paused; a new phase eases into its pose. */
    void showPhase(PlayerPhase p, boolean running) {
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

    /** The routine ended or the player is hidden: everything stops. */
    void stop() {
        figure.stopAnimation();
        side.setVisible(false);
        shownRunning = false;
    }

    void forget() {
        shownPhase = null;
    }

    void toggleWhy() {
        whyButton.setSelected(!whyButton.isSelected());
    }

    FigureView figure() {
        return figure;
    }
}
