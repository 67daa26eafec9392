package org.backspasm.ui;

import javafx.scene.Node;

/** One screen of the app: its view (built once) and what it does when it is shown or hidden. */
public interface Screen {
    ScreenId id();

    Node view();

    /** Called each time the screen becomes the visible one. */
    default void shown() {
    }

    /** Called when another screen replaces it; animations and per-second updates stop here. */
    default void hidden() {
    }
}
