package org.backspasm.ui;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Moves keyboard (and screen-reader) focus to a node, now if it is in a scene, or as soon as it joins one: a scroll
 * pane only adds its content to the scene when it is first laid out.
 */
public final class Focus {
    private Focus() {
    }

    /** Focuses the node now, or the moment it joins a scene. */
    public static void request(Node node) {
        request(node, false);
    }

    /** Focuses the node now, or just after it joins a scene (once the screen that holds it has been shown). */
    public static void requestSoon(Node node) {
        request(node, true);
    }

    private static void request(Node node, boolean afterJoining) {
        if (node.getScene() != null) {
            node.requestFocus();
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene old, Scene scene) {
                if (scene != null) {
                    node.sceneProperty().removeListener(this);
                    if (afterJoining) {
                        Platform.runLater(node::requestFocus);
                    } else {
                        node.requestFocus();
                    }
                }
            }
        });
    }
}
