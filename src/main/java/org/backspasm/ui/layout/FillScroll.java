package org.backspasm.ui.layout;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A page that fills the window when it fits, and scrolls up and down when it does not (a small window, large
 * text), instead of being squeezed until its text is cut. It never scrolls sideways: its width is the window's.
 */
public final class FillScroll {
    private FillScroll() {
    }

    public static ScrollPane around(Node page) {
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true); // at least the page's minimum height, so it grows but is never squeezed
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("fill-scroll");
        // the skin now, not on the first layout: the page is then in the scene at once and can take the focus
        scroll.setSkin(new javafx.scene.control.skin.ScrollPaneSkin(scroll));
        return scroll;
    }
}
