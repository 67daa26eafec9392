package org.backspasm.ui;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * Cards shown over a stack pane's first child, on a dimming shade (style class {@code overlay}). When given a
 * {@code behind} node, it is disabled while any card shows, so the keyboard cannot reach it.
 */
public final class OverlayLayer {
    private final StackPane host;
    private final Node behind;

    /** @param behind the node to disable while a card shows, or null */
    public OverlayLayer(StackPane host, Node behind) {
        this.host = host;
        this.behind = behind;
    }

    /** Puts a card over the rest until {@link #close(Node)}. */
    public void show(Node card) {
        StackPane shade = org.backspasm.ui.layout.Shade.around(card);
        if (behind != null) {
            behind.setDisable(true);
        }
        host.getChildren().add(shade);
    }

    public void close(Node card) {
        host.getChildren().removeIf(n -> n.getUserData() == card);
        if (behind != null) {
            behind.setDisable(showing());
        }
    }

    /** Whether a card shows. */
    public boolean showing() {
        return host.getChildren().size() > 1;
    }
}
