package org.backspasm.ui.therapy;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import org.backspasm.core.therapy.RunStatus;
import org.backspasm.core.therapy.SegmentKind;
import org.backspasm.core.therapy.SegmentStage;

/**
 * The big countdown ring: a track, an arc for the time left, and the minutes and seconds in the middle, large
 * enough to read from a couch. Colours come from the theme through the {@code :ice}, {@code :heat} and
 * {@code :break} pseudo-classes ({@code :due} when the time is up).
 */
public final class CountdownRing extends StackPane {
    static final PseudoClass ICE = PseudoClass.getPseudoClass("ice");
    static final PseudoClass HEAT = PseudoClass.getPseudoClass("heat");
    static final PseudoClass BREAK = PseudoClass.getPseudoClass("break");
    static final PseudoClass DUE = PseudoClass.getPseudoClass("due");

    private final Arc arc = new Arc();
    private final Label time = new Label();
    private final Label caption = new Label();

    private final Circle track = new Circle();
    private final Pane shapes = new Pane(track, arc);
    private final VBox text = new VBox(time, caption);

    /**
     * @param radiusPerFont the ring's radius as a multiple of the countdown's font size, so the ring grows with the
     *                      text-size setting and the digits always fit inside
     */
    public CountdownRing(double radiusPerFont, double stroke) {
        getStyleClass().add("countdown-ring");
        track.getStyleClass().add("ring-track");
        track.setStrokeWidth(stroke);
        arc.setStartAngle(90);
        arc.setType(ArcType.OPEN);
        arc.setStrokeWidth(stroke);
        arc.getStyleClass().add("ring-arc");
        time.getStyleClass().add("ring-time");
        time.setId("ring-time");
        caption.getStyleClass().add("ring-caption");
        caption.setId("ring-caption");
        text.setAlignment(Pos.CENTER);
        text.setMouseTransparent(true);

        getChildren().addAll(shapes, text);
        setFocusTraversable(false);
        setAccessibleRole(AccessibleRole.TEXT);
        sizeRing(radiusPerFont * 56, stroke);
        time.fontProperty().addListener((o, a, f) -> sizeRing(radiusPerFont * f.getSize(), stroke));
    }

    private void sizeRing(double radius, double stroke) {
        double size = 2 * radius + stroke;
        track.setCenterX(size / 2);
        track.setCenterY(size / 2);
        track.setRadius(radius);
        arc.setCenterX(size / 2);
        arc.setCenterY(size / 2);
        arc.setRadiusX(radius);
        arc.setRadiusY(radius);
        shapes.setMinSize(size, size);
        shapes.setPrefSize(size, size);
        shapes.setMaxSize(size, size);
        setMinSize(size, size);
        setMaxSize(size, size);
    }

    /** @param minutesOnly the countdown is in whole minutes: "min" goes to the caption */
    public void show(RunStatus s, String countdown, boolean minutesOnly, org.backspasm.ui.text.Texts t) {
        SegmentKind k = s == null ? null : s.kind();
        pseudoClassStateChanged(ICE, k == SegmentKind.APPLY_ICE);
        pseudoClassStateChanged(HEAT, k == SegmentKind.APPLY_HEAT);
        pseudoClassStateChanged(BREAK, k == SegmentKind.SKIN_BREAK);
        boolean due = s != null && (s.stage() == SegmentStage.PACK_OFF_DUE || s.stage() == SegmentStage.BREAK_OVER);
        pseudoClassStateChanged(DUE, s != null && s.stage() == SegmentStage.PACK_OFF_DUE);
        setArcLength(s == null ? 0 : due ? -360 : -360 * s.fractionLeft());
        time.setText(countdown);
        caption.setText(s == null ? "" : minutesOnly ? switch (s.stage()) {
            case PACK_OFF_DUE -> t.get("ring.minOver");
            case BREAK_OVER -> t.get("ring.minSinceBreakEnded");
            case PAUSED -> t.get("ring.minPaused");
            case COUNTING -> t.get("ring.minLeft");
        } : switch (s.stage()) {
            case PACK_OFF_DUE -> t.get("ring.over");
            case BREAK_OVER -> t.get("ring.sinceBreakEnded");
            case PAUSED -> t.get("ring.paused");
            case COUNTING -> t.get("ring.left");
        });
    }

    /**
     * Moves the arc only when its end would move by at least a pixel (or reaches 0 or a full circle): a 20-minute
     * countdown moves it well under a pixel a second, and every change repaints the whole ring.
     */
    private void setArcLength(double degrees) {
        double pixelInDegrees = Math.toDegrees(1 / Math.max(1, arc.getRadiusX()));
        boolean end = degrees == 0 || Math.abs(degrees) == 360;
        if (end || Math.abs(degrees - arc.getLength()) >= pixelInDegrees) {
            arc.setLength(degrees);
        }
    }

    public double arcLength() {
        return arc.getLength();
    }
}
