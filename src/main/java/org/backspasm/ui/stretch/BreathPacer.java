package org.backspasm.ui.stretch;

import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.util.Duration;
import org.backspasm.core.stretch.Dose;
import org.backspasm.core.stretch.PlayerState;

/**
 * A calm circle that grows while breathing in and shrinks while breathing out. Its size is worked out from the
 * player's state (where in the breath it is); between refreshes it glides toward where the half-breath ends.
 */
final class BreathPacer extends StackPane {
    static final double SMALL = 0.45;
    private final Circle ring = new Circle(22);
    private final Timeline glide = new Timeline();

    BreathPacer() {
        ring.getStyleClass().add("breath-pacer");
        getChildren().add(ring);
        setMinSize(50, 50);
        setPrefSize(50, 50);
        setMaxSize(50, 50);
        setId("breath-pacer");
    }

    /** Shows the breath at this state; glides on only while {@code running}. */
    void show(PlayerState s, boolean running) {
        glide.stop();
        long half = (s.breathingIn() ? Dose.BREATH_IN_SECONDS : Dose.BREATH_OUT_SECONDS) * 1000L;
        long left = Math.max(0, Math.min(half, s.breathSecondsLeftMillis()));
        double done = 1 - (double) left / half;
        double from = s.breathingIn() ? SMALL : 1;
        double to = s.breathingIn() ? 1 : SMALL;
        double now = from + (to - from) * done;
        ring.setScaleX(now);
        ring.setScaleY(now);
        if (running && left > 0) {
            glide.getKeyFrames().setAll(new KeyFrame(Duration.millis(left),
                    new KeyValue(ring.scaleXProperty(), to, Interpolator.EASE_BOTH),
                    new KeyValue(ring.scaleYProperty(), to, Interpolator.EASE_BOTH)));
            glide.playFromStart();
        }
    }

    void stop() {
        glide.stop();
    }

    boolean isGliding() {
        return glide.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }
}
