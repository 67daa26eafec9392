package org.backspasm.ui.redflag;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Moves keyboard (and screen-reader) focus to a node, now if it is in a scene, or as soon as it joins one: a scroll
 * pane only adds its content to the scene when it is first laid out.
 */
final class Focus {
    private Focus() {
    }

    static void request(Node node) {
        if (node.getScene() != null) {
            node.requestFocus();
            return;
        }
        ChangeListener<Scene> once = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene old, Scene scene) {
                if (scene != null) {
                    node.sceneProperty().removeListener(this);
                    node.requestFocus();
                }
            }
        };
        node.sceneProperty().addListener(once);
    }
}
