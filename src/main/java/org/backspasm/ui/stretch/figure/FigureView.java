package org.backspasm.ui.stretch.figure;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.Transition;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.QuadCurve;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.util.Duration;
import org.backspasm.ui.theme.ThemeManager;

/**
 * Draws a person in a pose as vector shapes: rounded limbs with thickness, a head, a mat on the floor, and accent
 * arrows for the movement. Colours come from the theme (-color-figure, -color-figure-accent, -color-floor). It fits
 * its frame (all poses of one stretch, so the figure keeps its size), mirrors for the other side, and moves
 * smoothly from one pose to the next. Animations stop with {@link #stopAnimation()}.
 */
public final class FigureView extends Region {
    static final Duration MOVE = Duration.millis(900);
    static final Duration LOOP = Duration.millis(700);
    private static final double PAD = 6;

    private final Group art = new Group();
    private final Line floor = new Line();
    private final Rectangle mat = new Rectangle();
    private final Rectangle pillow = new Rectangle();
    private final QuadCurve torso = new QuadCurve();
    private final Line shoulders = FigureShapes.limb(22);
    private final Line pelvis = FigureShapes.limb(30);
    private final Circle head = new Circle(Body.HEAD_RADIUS);
    private final Circle nose = new Circle(3.2);
    private final Line[] armNear = {FigureShapes.limb(Body.UPPER_ARM_WIDTH), FigureShapes.limb(Body.FOREARM_WIDTH)};
    private final Line[] armFar = {FigureShapes.limb(Body.UPPER_ARM_WIDTH), FigureShapes.limb(Body.FOREARM_WIDTH)};
    private final Line[] legNear = {FigureShapes.limb(Body.THIGH_WIDTH), FigureShapes.limb(Body.SHIN_WIDTH), FigureShapes.limb(Body.FOOT_WIDTH)};
    private final Line[] legFar = {FigureShapes.limb(Body.THIGH_WIDTH), FigureShapes.limb(Body.SHIN_WIDTH), FigureShapes.limb(Body.FOOT_WIDTH)};
    private final Group arrows = new Group();
    /** Thin gaps in the background colour behind the near limbs and the head, so overlapping parts stay apart. */
    private final java.util.Map<Line, Line> outlines = new java.util.HashMap<>();
    private final Circle headOutline = new Circle(Body.HEAD_RADIUS + OUTLINE / 2);
    private static final double OUTLINE = 3.2;
    private double[] frame = {-60, -5, 60, 60};
    private boolean mirrored;
    private Pose shown;
    private Animation animation;

    public FigureView() {
        getStyleClass().add("figure");
        getStylesheets().add(ThemeManager.stylesheet(FigureView.class, "figure.css"));
        art.setManaged(false);
        getChildren().add(art);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        floor.getStyleClass().add("figure-floor");
        mat.getStyleClass().add("figure-mat");
        pillow.getStyleClass().add("figure-pillow");
        torso.getStyleClass().addAll("figure-limb", "figure-torso");
        torso.setStrokeWidth(Body.TORSO_WIDTH);
        torso.setStrokeLineCap(StrokeLineCap.ROUND);
        head.getStyleClass().add("figure-head");
        nose.getStyleClass().add("figure-head");
        for (Line l : armFar) {
            l.getStyleClass().add("figure-far");
        }
        for (Line l : legFar) {
            l.getStyleClass().add("figure-far");
        }
        for (Line[] chain : List.of(armNear, legNear)) {
            for (Line l : chain) {
                Line o = new Line();
                o.getStyleClass().add("figure-outline");
                o.setStrokeWidth(l.getStrokeWidth() + OUTLINE);
                o.setStrokeLineCap(StrokeLineCap.ROUND);
                outlines.put(l, o);
            }
        }
        headOutline.getStyleClass().add("figure-outline-fill");
        setPrefSize(420, 250);
        setMinSize(120, 80);
        setFocusTraversable(false);
    }

    /** Fixes the area drawn so that every given pose fits and the figure keeps its size between them. */
    public void setFrame(List<Pose> poses) {
        double[] f = {Double.MAX_VALUE, 0, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Pose p : poses) {
            double[] b = Skeleton.of(p).bounds();
            f[0] = Math.min(f[0], b[0]);
            f[1] = Math.min(f[1], b[1]);
            f[2] = Math.max(f[2], b[2]);
            f[3] = Math.max(f[3], b[3]);
        }
        f[1] = Math.min(f[1], -4);
        frame = f;
        requestLayout();
    }

    /** Shows a pose, moving there smoothly from the one shown when {@code animate} is set and the side is the same. */
    public void show(Pose pose, boolean mirror, boolean animate) {
        stopAnimation();
        Pose from = shown;
        boolean sameSide = mirror == mirrored;
        mirrored = mirror;
        if (!animate || from == null || !sameSide || from == pose) {
            draw(pose);
            requestLayout();
            return;
        }
        animation = transition(from, pose, MOVE, 1, false);
        animation.play();
        requestLayout();
    }

    /** Moves to and fro between two poses until stopped (e.g. walking). */
    public void loop(Pose a, Pose b, boolean mirror) {
        stopAnimation();
        mirrored = mirror;
        animation = transition(a, b, LOOP, Animation.INDEFINITE, true);
        animation.play();
        requestLayout();
    }

    private Animation transition(Pose from, Pose to, Duration length, int cycles, boolean reverse) {
        Transition t = new Transition() {
            {
                setCycleDuration(length);
                setInterpolator(Interpolator.EASE_BOTH);
            }

            @Override
            protected void interpolate(double frac) {
                draw(frac >= 1 ? to : Pose.between(from, to, frac));
            }
        };
        t.setCycleCount(cycles);
        t.setAutoReverse(reverse);
        t.setOnFinished(e -> draw(to));
        shown = to;
        return t;
    }

    /** Stops any movement and shows where it was going. */
    public void stopAnimation() {
        if (animation != null) {
            animation.stop();
            animation = null;
            if (shown != null) {
                draw(shown);
            }
        }
    }

    public boolean isAnimating() {
        return animation != null && animation.getStatus() == Animation.Status.RUNNING;
    }

    public boolean isMirrored() {
        return mirrored;
    }

    public Pose shownPose() {
        return shown;
    }

    private void draw(Pose p) {
        if (animation == null) {
            shown = p;
        }
        Skeleton s = Skeleton.of(p);
        floor.setStartX(frame[0] - 40);
        floor.setEndX(frame[2] + 40);
        double[] b = s.bounds();
        boolean onFloor = !"ground".equals(p.floor());
        mat.setVisible(onFloor);
        floor.setVisible(!p.topView());
        mat.getStyleClass().remove("figure-mat-top");
        if (p.topView()) {
            mat.getStyleClass().add("figure-mat-top");
            mat.setX(frame[0] - 2);
            mat.setWidth(frame[2] - frame[0] + 4);
            mat.setY(-frame[3] - 2);
            mat.setHeight(frame[3] - frame[1] + 4);
            mat.setArcWidth(12);
            mat.setArcHeight(12);
        } else {
            mat.setX(b[0] - 4);
            mat.setWidth(b[2] - b[0] + 8);
            mat.setY(0);
            mat.setHeight(3.5);
            mat.setArcWidth(3.5);
            mat.setArcHeight(3.5);
        }
        pillow.setVisible(p.pillow());
        pillow.setX(s.head()[0] - 13);
        pillow.setY(-6.5);
        pillow.setWidth(26);
        pillow.setHeight(6.5);
        pillow.setArcWidth(6);
        pillow.setArcHeight(6);
        FigureShapes.set(torso, s);
        torso.setStrokeWidth(p.topView() ? 34 : Body.TORSO_WIDTH);
        for (Line l : armFar) {
            if (p.topView()) {
                l.getStyleClass().remove("figure-far");
            } else if (!l.getStyleClass().contains("figure-far")) {
                l.getStyleClass().add("figure-far");
            }
        }
        double[] back = Skeleton.at(s.shoulder(), p.torso() + 180, 6);
        FigureShapes.set(shoulders, Skeleton.at(back, p.torso() - 90, Body.SHOULDER_HALF - 5),
                Skeleton.at(back, p.torso() + 90, Body.SHOULDER_HALF - 5));
        FigureShapes.set(pelvis, Skeleton.at(s.hip(), p.torso() - 90, Body.HIP_HALF - 3),
                Skeleton.at(s.hip(), p.torso() + 90, Body.HIP_HALF - 3));
        head.setCenterX(s.head()[0]);
        head.setCenterY(-s.head()[1]);
        headOutline.setCenterX(s.head()[0]);
        headOutline.setCenterY(-s.head()[1]);
        nose.setVisible(p.face() != null);
        if (p.face() != null) {
            double[] n = Skeleton.at(s.head(), p.face(), Body.HEAD_RADIUS - 0.5);
            nose.setCenterX(n[0]);
            nose.setCenterY(-n[1]);
        }
        chain(armNear, s.armNear());
        chain(armFar, s.armFar());
        chain(legNear, s.legNear());
        chain(legFar, s.legFar());
        arrows.getChildren().setAll(FigureShapes.arrows(p));
        List<Node> order = new ArrayList<>(List.of(floor, mat, pillow));
        if (p.topView()) {
            order.addAll(List.of(armFar));
            order.addAll(List.of(armNear));
            order.addAll(List.of(torso, shoulders, pelvis));
            order.addAll(List.of(legFar));
            addOutlined(order, legNear);
            order.addAll(List.of(headOutline, head, nose));
        } else {
            order.addAll(List.of(armFar));
            order.addAll(List.of(legFar));
            order.add(torso);
            addOutlined(order, legNear);
            addOutlined(order, armNear);
            order.addAll(List.of(headOutline, head, nose)); // the face stays visible, e.g. between the arms
        }
        order.add(arrows);
        if (!art.getChildren().equals(order)) {
            art.getChildren().setAll(order);
        }
    }

    private void addOutlined(List<Node> order, Line[] chain) {
        for (Line l : chain) {
            order.add(outlines.get(l));
        }
        order.addAll(List.of(chain));
    }

    private void chain(Line[] lines, double[][] points) {
        for (int i = 0; i < lines.length; i++) {
            FigureShapes.set(lines[i], points[i], points[i + 1]);
            Line o = outlines.get(lines[i]);
            if (o != null) {
                FigureShapes.set(o, points[i], points[i + 1]);
            }
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double fw = frame[2] - frame[0] + 2 * PAD;
        double fh = frame[3] - frame[1] + 2 * PAD;
        double scale = Math.max(0.01, Math.min(w / fw, h / fh));
        double cx = snappedLeftInset() + w / 2;
        double cy = snappedTopInset() + h / 2;
        art.getTransforms().setAll(new Translate(cx, cy), new Scale(mirrored ? -scale : scale, scale),
                new Translate(-(frame[0] + frame[2]) / 2, (frame[1] + frame[3]) / 2));
    }

    @Override
    protected double computePrefHeight(double width) {
        if (width <= 0) {
            return super.computePrefHeight(width);
        }
        double fw = frame[2] - frame[0] + 2 * PAD;
        double fh = frame[3] - frame[1] + 2 * PAD;
        return Math.min(340, width * fh / fw);
    }
}
