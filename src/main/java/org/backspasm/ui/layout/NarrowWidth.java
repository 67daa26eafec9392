package org.backspasm.ui.layout;

import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;

/**
 * Puts the {@code :narrow} pseudo-class on a region while it is narrower than a number of text widths ("ems"), so
 * the stylesheet can make a compact layout for a small window or a large text size. The em is the font size of a
 * label that follows the text-size setting.
 */
public final class NarrowWidth {
    public static final PseudoClass NARROW = PseudoClass.getPseudoClass("narrow");

    private NarrowWidth() {
    }

    public static void track(Region region, Labeled em, double ems) {
        InvalidationListener update = o -> region.pseudoClassStateChanged(NARROW,
                region.getWidth() > 0 && region.getWidth() < ems * em.getFont().getSize());
        region.widthProperty().addListener(update);
        em.fontProperty().addListener(update);
        update.invalidated(null);
    }
}
