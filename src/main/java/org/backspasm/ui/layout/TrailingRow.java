package org.backspasm.ui.layout;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;

/**
 * A main part (text that wraps) with a trailing part (buttons, a badge) at its right, as long as the main part keeps
 * at least half the row; otherwise the trailing part goes under it, on the left. Nothing is ever squeezed below its
 * own height, so wrapped text is never cut, and the row never asks for more width than its widest part.
 */
public final class TrailingRow extends WidthFirstRegion {
    private final Node main;
    private final Node trailing;
    private final double gap;

    public TrailingRow(double gap, Node main, Node trailing) {
        this.gap = gap;
        this.main = main;
        this.trailing = trailing;
        getChildren().addAll(main, trailing);
        getStyleClass().add("trailing-row");
    }

    /**
     * The trailing part's width on one line. A FlowPane reports its wrap length (400) as its preferred width, so its
     * children are measured instead.
     */
    private double side() {
        if (trailing instanceof FlowPane flow && flow.getOrientation() == Orientation.HORIZONTAL) {
            double w = 0;
            int n = 0;
            for (Node k : flow.getChildrenUnmodifiable()) {
                if (k.isManaged()) {
                    w += k.prefWidth(-1);
                    n++;
                }
            }
            Insets in = flow.getInsets();
            // rounded up with a pixel to spare: the pane snaps each child to whole pixels and wraps at the edge
            return Math.ceil(w + flow.getHgap() * Math.max(0, n - 1) + in.getLeft() + in.getRight()) + n;
        }
        return trailing.prefWidth(-1);
    }

    /** True when the trailing part sits under the main part at this width (inside the insets). */
    boolean stacked(double inner) {
        double side = side();
        return inner - gap - side < Math.min(main.prefWidth(-1), inner / 2);
    }

    private double inner(double width) {
        Insets in = getInsets();
        return width - in.getLeft() - in.getRight();
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return Math.max(main.minWidth(-1), trailing.minWidth(-1)) + in.getLeft() + in.getRight();
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return main.prefWidth(-1) + gap + side() + in.getLeft() + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double w = width < 0 ? computePrefWidth(-1) : width;
        double inner = inner(w);
        double h;
        if (stacked(inner)) {
            h = main.prefHeight(inner) + gap + trailing.prefHeight(Math.min(inner, side()));
        } else {
            double side = side();
            h = Math.max(main.prefHeight(inner - gap - side), trailing.prefHeight(side));
        }
        return h + in.getTop() + in.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double inner = inner(getWidth());
        double x = in.getLeft();
        double y = in.getTop();
        double side = Math.min(inner, side());
        if (stacked(inner)) {
            double mh = main.prefHeight(inner);
            main.resizeRelocate(x, y, inner, mh);
            trailing.resizeRelocate(x, y + mh + gap, side, trailing.prefHeight(side));
        } else {
            double mw = inner - gap - side;
            double rowH = getHeight() - in.getTop() - in.getBottom();
            layoutInArea(main, x, y, mw, rowH, 0, Insets.EMPTY, true, false,
                    javafx.geometry.HPos.LEFT, VPos.CENTER);
            layoutInArea(trailing, x + mw + gap, y, side, rowH, 0, Insets.EMPTY, false, false,
                    javafx.geometry.HPos.RIGHT, VPos.CENTER);
        }
    }
}
