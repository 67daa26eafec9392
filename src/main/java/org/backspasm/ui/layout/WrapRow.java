package org.backspasm.ui.layout;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Labeled;

/**
 * Controls side by side, going on to the next line when the line is full (like a FlowPane), lines left-aligned and
 * each control centred in its line's height. A control with a text (check box, radio button, label, button) that is
 * longer than the whole row gets the row's width and wraps its text inside it. Unlike a FlowPane, the row never asks
 * for more width than its widest control's minimum, so a long text in another language or a large text size cannot
 * push the page past the window's right edge, and its height is always that of its wrapped lines.
 */
public final class WrapRow extends WidthFirstRegion {
    private final double hgap;
    private final double vgap;

    public WrapRow(double hgap, double vgap, Node... children) {
        this.hgap = hgap;
        this.vgap = vgap;
        getStyleClass().add("wrap-row");
        for (Node child : children) {
            add(child);
        }
    }

    /** Adds a control at the end of the row. */
    public void add(Node child) {
        if (child instanceof Labeled l) {
            l.setWrapText(true);
        }
        getChildren().add(child);
    }

    /** Puts these controls in the row in place of the ones it had. */
    public void setAll(List<? extends Node> children) {
        getChildren().clear();
        children.forEach(this::add);
    }

    /** One placed control: where, and how big. */
    private record Place(Node node, double x, double width, double height, int line) {
    }

    /** The controls placed on lines {@code inner} wide; line heights go in {@code lineHeights}. */
    private List<Place> place(double inner, List<Double> lineHeights) {
        List<Place> out = new ArrayList<>();
        double x = 0;
        int line = 0;
        for (Node n : getManagedChildren()) {
            double w = Math.min(inner, Math.max(n.minWidth(-1), n.prefWidth(-1)));
            if (x > 0 && x + w > inner) {
                line++;
                x = 0;
            }
            double h = n.prefHeight(n.getContentBias() == Orientation.HORIZONTAL ? w : -1);
            if (lineHeights.size() <= line) {
                lineHeights.add(0.0);
            }
            lineHeights.set(line, Math.max(lineHeights.get(line), h));
            out.add(new Place(n, x, w, h, line));
            x += w + hgap;
        }
        return out;
    }

    @Override
    protected double computeMinWidth(double height) {
        double widest = 0;
        for (Node n : getManagedChildren()) {
            widest = Math.max(widest, n.minWidth(-1));
        }
        Insets in = getInsets();
        return snapSizeX(widest + in.getLeft() + in.getRight());
    }

    /** Everything on one line. */
    @Override
    protected double computePrefWidth(double height) {
        double w = 0;
        for (Node n : getManagedChildren()) {
            w += n.prefWidth(-1);
        }
        Insets in = getInsets();
        return snapSizeX(w + hgap * Math.max(0, getManagedChildren().size() - 1) + in.getLeft() + in.getRight());
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double inner = (width < 0 ? computePrefWidth(-1) : width) - in.getLeft() - in.getRight();
        List<Double> lines = new ArrayList<>();
        place(inner, lines);
        double h = 0;
        for (double line : lines) {
            h += line;
        }
        return snapSizeY(h + vgap * Math.max(0, lines.size() - 1) + in.getTop() + in.getBottom());
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        List<Double> lines = new ArrayList<>();
        List<Place> places = place(getWidth() - in.getLeft() - in.getRight(), lines);
        double[] top = new double[lines.size()];
        double y = in.getTop();
        for (int i = 0; i < lines.size(); i++) {
            top[i] = y;
            y += lines.get(i) + vgap;
        }
        for (Place p : places) {
            double lineHeight = lines.get(p.line());
            p.node().resizeRelocate(snapPositionX(in.getLeft() + p.x()),
                    snapPositionY(top[p.line()] + (lineHeight - p.height()) / 2), snapSizeX(p.width()),
                    snapSizeY(p.height()));
        }
    }
}
