package org.backspasm;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.backspasm.core.settings.WindowBounds;
import org.backspasm.store.StateStore;

/** Puts the window back where it was (if that place is still on a screen) and remembers it when it closes. */
final class WindowPlacement {
    static final String SECTION = "window";

    private WindowPlacement() {
    }

    static WindowBounds saved(StateStore state) {
        return state.get(SECTION, WindowBounds.class, WindowBounds.defaults()).sane();
    }

    static void restore(Stage stage, WindowBounds b) {
        stage.setMinWidth(WindowBounds.MIN_WIDTH);
        stage.setMinHeight(WindowBounds.MIN_HEIGHT);
        Rectangle2D visual = Screen.getPrimary().getVisualBounds();
        double w = Math.min(b.width(), visual.getWidth());
        double h = Math.min(b.height(), visual.getHeight());
        stage.setWidth(w);
        stage.setHeight(h);
        if (b.hasPosition() && !Screen.getScreensForRectangle(b.x(), b.y(), Math.min(w, 100), 40).isEmpty()) {
            stage.setX(b.x());
            stage.setY(b.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(b.maximized());
    }

    static void remember(Stage stage, StateStore state) {
        WindowBounds previous = saved(state);
        WindowBounds now = stage.isMaximized() || stage.isIconified()
                ? new WindowBounds(previous.x(), previous.y(), previous.width(), previous.height(), stage.isMaximized())
                : new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        state.put(SECTION, now);
    }
}
