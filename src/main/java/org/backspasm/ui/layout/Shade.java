package org.backspasm.ui.layout;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;

/**
 * The dimmed layer that holds a dialog card over a screen: the card in the middle, at its full height so its text
 * wraps instead of being cut, scrolling up and down when the window is too low for it, never sideways. The layer's
 * user data is the card, so the owner can find the layer again to remove it.
 */
public final class Shade {
    private Shade() {
    }

    public static StackPane around(Node card) {
        StackPane middle = new StackPane(card);
        middle.getStyleClass().add("shade-middle");
        ScrollPane scroll = new ScrollPane(middle);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        // at least as tall as the window, so a short card stays in the middle; taller cards scroll
        scroll.viewportBoundsProperty().addListener((o, was, now) -> middle.setMinHeight(now.getHeight()));
        StackPane shade = new StackPane(scroll);
        shade.getStyleClass().add("overlay");
        shade.setUserData(card);
        return shade;
    }
}
