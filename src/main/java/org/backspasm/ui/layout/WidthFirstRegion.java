package org.backspasm.ui.layout;

import javafx.geometry.Orientation;
import javafx.scene.layout.Region;

/**
 * A region whose height follows its width (its children sit side by side, or stack, or wrap): its parent gives it a
 * width first, and it is never squeezed below the height it needs at that width, so no text in it is cut.
 */
abstract class WidthFirstRegion extends Region {
    @Override
    public final Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected final double computeMinHeight(double width) {
        return computePrefHeight(width);
    }
}
