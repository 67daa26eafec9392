package org.backspasm;

import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
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

    /**
     * The window's content at the saved size. The size goes on the Scene, not the Stage: some window managers
     * (openbox) ignore a Stage size set before it is shown, and every one honours the size of the scene.
     */
    static Scene scene(Parent root, WindowBounds b) {
        Rectangle2D visual = Screen.getPrimary().getVisualBounds();
        return new Scene(root, Math.min(b.width(), visual.getWidth()), Math.min(b.height(), visual.getHeight()));
    }

    /** Minimum size, place and maximised state; the size itself comes from {@link #scene}. */
    static void restore(Stage stage, WindowBounds b) {
        stage.setMinWidth(WindowBounds.MIN_WIDTH);
        stage.setMinHeight(WindowBounds.MIN_HEIGHT);
        double w = Math.min(b.width(), Screen.getPrimary().getVisualBounds().getWidth());
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
                : stage.getScene() == null
                ? new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false)
                : new WindowBounds(stage.getX(), stage.getY(), stage.getScene().getWidth(), stage.getScene().getHeight(),
                        false); // the scene's size, since that is the size the next start gives back
        state.put(SECTION, now);
    }
}
