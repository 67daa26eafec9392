package org.backspasm.ui.shell;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.layout.VBox;

/**
 * The navigation column: as wide as its widest button needs to show its name on one line ("Señales de alarma" at
 * a small text size), never narrower than the stylesheet's minimum nor wider than its maximum (past that, a name
 * wraps onto a second line). The key hint under the buttons wraps to the column's width and never widens it.
 */
final class NavColumn extends VBox {

    @Override
    protected double computePrefWidth(double height) {
        double widest = 0;
        for (Node child : getManagedChildren()) {
            if (child instanceof ButtonBase b) {
                widest = Math.max(widest, b.prefWidth(-1));
            }
        }
        Insets in = getInsets();
        return snapSizeX(widest + in.getLeft() + in.getRight());
    }
}
