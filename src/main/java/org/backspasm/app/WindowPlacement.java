package org.backspasm.app;

import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.backspasm.core.settings.WindowBounds;
import org.backspasm.core.state.Sections;
import org.backspasm.store.StateStore;

/** Puts the window back where it was (if that place is still on a screen) and remembers it when it closes. */
final class WindowPlacement {
    /** Room for a window manager's title bar and borders, used only when the screen is smaller than the window. */
    static final double FRAME_ALLOWANCE = 40;

    private WindowPlacement() {
    }

    static WindowBounds saved(StateStore state) {
        return state.get(Sections.WINDOW).sane();
    }

    /**
     * The window's content at the saved size. The size goes on the Scene, not the Stage: some window managers
     * (openbox) ignore a Stage size set before it is shown, and every one honours the size of the scene.
     */
    static Scene scene(Parent root, WindowBounds b) {
        Rectangle2D visual = Screen.getPrimary().getVisualBounds();
        // on a screen too small for it, leave room for the window's frame so the bottom stays on the screen
        return new Scene(root, Math.min(b.width(), visual.getWidth() - FRAME_ALLOWANCE),
                Math.min(b.height(), visual.getHeight() - FRAME_ALLOWANCE));
    }

    /** Place and maximised state; the size comes from {@link #scene}, the minimum from {@link #settle}. */
    static void restore(Stage stage, WindowBounds b) {
        double w = Math.min(b.width(), Screen.getPrimary().getVisualBounds().getWidth());
        if (b.hasPosition() && !Screen.getScreensForRectangle(b.x(), b.y(), Math.min(w, 100), 40).isEmpty()) {
            stage.setX(b.x());
            stage.setY(b.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(b.maximized());
    }

    /**
     * Once the window shows: the minimum size, and the scene's size kept. On Linux (GTK with openbox) a window can be
     * mapped at another size first, and setting a minimum shrinks it to that minimum. So the minimum is set once the
     * window has its size, and while the scene is smaller than asked (a few times at most) the window is given the
     * scene's size plus its frame, measured when stage and scene agree.
     */
    static void settle(Stage stage) {
        Scene scene = stage.getScene();
        double width = scene.getWidth();
        double height = scene.getHeight();
        int[] chances = {12};
        javafx.beans.InvalidationListener[] check = new javafx.beans.InvalidationListener[1];
        check[0] = o -> {
            if (--chances[0] < 0 || stage.isMaximized()) {
                scene.widthProperty().removeListener(check[0]);
                scene.heightProperty().removeListener(check[0]);
                javafx.application.Platform.runLater(() -> limit(stage));
                return;
            }
            if (scene.getWidth() >= width - 1 && scene.getHeight() >= height - 1) {
                if (stage.getMinWidth() < WindowBounds.MIN_WIDTH) {
                    javafx.application.Platform.runLater(() -> limit(stage));
                }
                return;
            }
            double frameW = stage.getWidth() - scene.getWidth();
            double frameH = stage.getHeight() - scene.getHeight();
            // only when stage and scene agree: a frame of 0 or hundreds of pixels is a size not yet reported
            if (frameW >= 0 && frameW < 100 && frameH > 0 && frameH < 100) {
                javafx.application.Platform.runLater(() -> {
                    stage.setWidth(width + frameW);
                    stage.setHeight(height + frameH);
                });
            }
        };
        scene.widthProperty().addListener(check[0]);
        scene.heightProperty().addListener(check[0]);
    }

    static void limit(Stage stage) {
        stage.setMinWidth(WindowBounds.MIN_WIDTH);
        stage.setMinHeight(WindowBounds.MIN_HEIGHT);
    }

    static void remember(Stage stage, StateStore state) {
        WindowBounds previous = saved(state);
        WindowBounds now = stage.isMaximized() || stage.isIconified()
                ? new WindowBounds(previous.x(), previous.y(), previous.width(), previous.height(), stage.isMaximized())
                : stage.getScene() == null
                ? new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false)
                : new WindowBounds(stage.getX(), stage.getY(), stage.getScene().getWidth(), stage.getScene().getHeight(),
                        false); // the scene's size, since that is the size the next start gives back
        state.put(Sections.WINDOW, now);
    }
}
