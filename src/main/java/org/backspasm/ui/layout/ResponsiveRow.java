package org.backspasm.ui.layout;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;

/**
 * Children side by side in equal widths when there is room (at least {@code minChildWidth} each), otherwise
 * stacked one under the other at full width, so cards stay readable in a small window.
 */
public final class ResponsiveRow extends WidthFirstRegion {
    private final double minChildWidth;
    private final double gap;

    public ResponsiveRow(double minChildWidth, double gap, Node... children) {
        this.minChildWidth = minChildWidth;
        this.gap = gap;
        getChildren().addAll(children);
        getStyleClass().add("responsive-row");
    }

    public boolean isStacked() {
        return isStacked(getWidth());
    }

    private boolean isStacked(double width) {
        int n = getManagedChildren().size();
        return n > 1 && width - gap * (n - 1) < minChildWidth * n;
    }

    private double childWidth(double width) {
        int n = Math.max(1, getManagedChildren().size());
        return isStacked(width) ? width : (width - gap * (n - 1)) / n;
    }

    @Override
    protected double computePrefWidth(double height) {
        List<Node> kids = getManagedChildren();
        double w = 0;
        for (Node k : kids) {
            w += k.prefWidth(-1);
        }
        Insets in = getInsets();
        return w + gap * Math.max(0, kids.size() - 1) + in.getLeft() + in.getRight();
    }

    @Override
    protected double computeMinWidth(double height) {
        double w = 0;
        for (Node k : getManagedChildren()) {
            w = Math.max(w, k.minWidth(-1));
        }
        Insets in = getInsets();
        return w + in.getLeft() + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double inner = (width < 0 ? computePrefWidth(-1) : width) - in.getLeft() - in.getRight();
        double cw = childWidth(inner);
        double h = 0;
        for (Node k : getManagedChildren()) {
            double kh = k.prefHeight(cw);
            h = isStacked(inner) ? h + kh + (h > 0 ? gap : 0) : Math.max(h, kh);
        }
        return h + in.getTop() + in.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double inner = getWidth() - in.getLeft() - in.getRight();
        double cw = childWidth(inner);
        boolean stacked = isStacked(inner);
        double x = in.getLeft();
        double y = in.getTop();
        double rowH = 0;
        for (Node k : getManagedChildren()) {
            rowH = Math.max(rowH, k.prefHeight(cw));
        }
        for (Node k : getManagedChildren()) {
            double kh = stacked ? k.prefHeight(cw) : rowH;
            k.resizeRelocate(x, y, cw, kh);
            if (stacked) {
                y += kh + gap;
            } else {
                x += cw + gap;
            }
        }
    }
}
