package org.backspasm.ui.layout;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * A row of controls that flows onto more lines when the window is narrow, and in which a label or button too long
 * for the whole width wraps its text inside the row instead of widening the page past the window (a longer
 * language, a large text size). A plain {@link FlowPane} is as wide as its widest child's one-line text.
 */
public final class WrappingRow {
    private WrappingRow() {
    }

    public static FlowPane of(double hgap, double vgap, Node... nodes) {
        FlowPane row = new FlowPane(hgap, vgap, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        fit(row);
        return row;
    }

    /** Makes an existing flow pane wrap its children's texts; children added later are fitted too. */
    public static void fit(FlowPane row) {
        row.setMinWidth(0);
        row.getChildren().forEach(n -> fitChild(row, n));
        row.getChildren().addListener((javafx.collections.ListChangeListener<Node>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(n -> fitChild(row, n));
            }
        });
    }

    private static void fitChild(FlowPane row, Node n) {
        if (n instanceof Labeled l) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            if (!l.maxWidthProperty().isBound()) {
                l.maxWidthProperty().bind(row.widthProperty());
            }
        }
    }
}
