package org.backspasm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.backspasm.core.settings.WindowBounds;
import org.backspasm.store.StateStore;
import org.backspasm.store.StoreNotices;
import org.backspasm.testing.FakeClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

class WindowPlacementTest extends FxRobot {
    @TempDir
    Path dir;

    @AfterEach
    void cleanup() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theWindowComesBackWhereItWasAndAtItsSize() throws Exception {
        FxToolkit.registerPrimaryStage();
        StateStore state = StateStore.open(dir, Runnable::run, new StoreNotices(), FakeClock.at("2026-11-22T10:00:00Z"));
        Stage[] stage = new Stage[1];
        interact(() -> {
            stage[0] = new Stage();
            stage[0].setX(40);
            stage[0].setY(30);
            stage[0].setWidth(900);
            stage[0].setHeight(650);
            WindowPlacement.remember(stage[0], state);
        });
        StateStore reopened = StateStore.open(dir, Runnable::run, new StoreNotices(), FakeClock.at("2026-11-22T10:00:00Z"));
        WindowBounds saved = WindowPlacement.saved(reopened);
        assertEquals(new WindowBounds(40, 30, 900, 650, false), saved);
        interact(() -> {
            Stage next = new Stage();
            javafx.scene.Scene scene = WindowPlacement.scene(new javafx.scene.layout.Pane(), saved);
            next.setScene(scene);
            WindowPlacement.restore(next, saved);
            assertEquals(900, scene.getWidth(), "the size is the scene's, which every window manager honours");
            assertEquals(650, scene.getHeight());
            assertEquals(40, next.getX());
            assertFalse(next.isMaximized());
        });
    }

    @Test
    void theSceneSizeIsRememberedAndAScreenTooSmallLeavesRoomForTheFrame() throws Exception {
        FxToolkit.registerPrimaryStage();
        StateStore state = StateStore.open(dir, Runnable::run, new StoreNotices(), FakeClock.at("2026-11-22T10:00:00Z"));
        interact(() -> {
            Stage stage = new Stage();
            stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 700, 500));
            stage.setX(10);
            stage.setY(20);
            WindowPlacement.remember(stage, state);
            assertEquals(new WindowBounds(10, 20, 700, 500, false), WindowPlacement.saved(state),
                    "the scene's size, which is the size the next start gives the scene");

            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            javafx.scene.Scene huge = WindowPlacement.scene(new javafx.scene.layout.Pane(),
                    new WindowBounds(0, 0, screen.getWidth() + 500, screen.getHeight() + 500, false));
            assertEquals(screen.getWidth() - WindowPlacement.FRAME_ALLOWANCE, huge.getWidth());
            assertEquals(screen.getHeight() - WindowPlacement.FRAME_ALLOWANCE, huge.getHeight());
        });
    }

    @Test
    void aTinyOrBrokenSizeIsNotRestored() {
        WindowBounds sane = new WindowBounds(Double.NaN, 5, 10, Double.POSITIVE_INFINITY, false).sane();
        assertEquals(WindowBounds.MIN_WIDTH, sane.width());
        assertEquals(740, sane.height());
        assertFalse(sane.hasPosition());
    }
}
