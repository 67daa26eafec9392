package org.backspasm.ui.data;

import javafx.scene.Node;

/** Where the data dialogs (an import's preview, a restore's confirmation) show: over the whole window. */
public interface Overlays {
    void show(Node card);

    void close(Node card);
}
