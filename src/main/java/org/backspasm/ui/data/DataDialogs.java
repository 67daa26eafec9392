package org.backspasm.ui.data;

import javafx.scene.Node;

/** Shows whatever the data model waits on (an import's preview, a restore's question) over the window. */
public final class DataDialogs {
    private DataDialogs() {
    }

    public static void follow(DataModel model, Overlays overlays) {
        Node[] shown = new Node[1];
        model.pendingProperty().addListener((o, a, p) -> {
            if (shown[0] != null) {
                overlays.close(shown[0]);
                shown[0] = null;
            }
            if (p instanceof Pending.Ratings r) {
                shown[0] = new ImportPreviewCard(r, model::confirm, model::cancel, model.words());
            } else if (p instanceof Pending.Restore r) {
                shown[0] = new RestoreCard(r, model::confirm, model::cancel, model.words());
            }
            if (shown[0] != null) {
                overlays.show(shown[0]);
            }
        });
    }
}
