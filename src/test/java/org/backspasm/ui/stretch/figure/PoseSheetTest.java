package org.backspasm.ui.stretch.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.backspasm.core.settings.Settings;
import org.backspasm.core.settings.Theme;
import org.backspasm.testing.PngWriter;
import org.backspasm.ui.theme.ThemeManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A contact sheet of every pose in the library, light and dark, into target/screenshots/poses-light.png and
 * poses-dark.png. Side views share one frame, so every figure is drawn at the same scale and the body's
 * proportions can be compared pose by pose; views from above share another. Each cell must draw its figure.
 */
class PoseSheetTest {
    static final Path OUT = Path.of("target", "screenshots");
    static final int COLUMNS = 4;
    static final double CELL_W = 260;
    static final double CELL_H = 190;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void contactSheetOfEveryPoseLightAndDark() throws Exception {
        PoseLibrary lib = PoseLibrary.load();
        List<String> ids = new ArrayList<>(lib.ids());
        ids.sort(null);
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            WritableImage img = render(lib, ids, theme);
            PngWriter.write(img, OUT.resolve("poses-" + theme.name().toLowerCase() + ".png"));
            int rows = (ids.size() + COLUMNS - 1) / COLUMNS;
            assertEquals(rows, Math.round(img.getHeight() / (CELL_H + 24)), "one row of cells per " + COLUMNS);
            for (int i = 0; i < ids.size(); i++) {
                int x = (int) ((i % COLUMNS) * CELL_W);
                int y = (int) ((i / COLUMNS) * (CELL_H + 24) + 24);
                assertTrue(figurePixels(img, x, y) > 150, "pose " + ids.get(i) + " is drawn in its cell");
            }
        }
    }

    private static WritableImage render(PoseLibrary lib, List<String> ids, Theme theme) throws Exception {
        List<Pose> side = ids.stream().map(lib::get).filter(p -> !p.topView()).toList();
        List<Pose> top = ids.stream().map(lib::get).filter(Pose::topView).toList();
        WritableImage[] out = new WritableImage[1];
        FxToolkit.setupFixture(() -> {
            GridPane grid = new GridPane();
            for (int i = 0; i < ids.size(); i++) {
                Pose p = lib.get(ids.get(i));
                FigureView fig = new FigureView();
                fig.setFrame(p.topView() ? top : side);
                fig.show(p, false, false);
                fig.setPrefSize(CELL_W, CELL_H);
                fig.setMinSize(CELL_W, CELL_H);
                fig.setMaxSize(CELL_W, CELL_H);
                Label name = new Label(ids.get(i) + (p.topView() ? " (from above)" : ""));
                name.setPrefHeight(24);
                name.setMinHeight(24);
                name.setMaxHeight(24);
                grid.add(new VBox(name, fig), i % COLUMNS, i / COLUMNS);
            }
            ThemeManager.apply(grid, Settings.defaults(Locale.UK).withTheme(theme));
            grid.getStyleClass().add("page");
            grid.setStyle("-fx-padding: 0; -fx-background-color: -color-surface;");
            Scene scene = new Scene(grid);
            grid.applyCss();
            grid.layout();
            out[0] = scene.snapshot(null);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return out[0];
    }

    /** Pixels in a cell that differ from the cell's corner (the background). */
    private static int figurePixels(WritableImage img, int x0, int y0) {
        var px = img.getPixelReader();
        int bg = px.getArgb(x0 + 2, y0 + 2);
        int n = 0;
        for (int y = y0; y < Math.min(img.getHeight(), y0 + CELL_H); y += 2) {
            for (int x = x0; x < Math.min(img.getWidth(), x0 + CELL_W); x += 2) {
                if (px.getArgb(x, y) != bg) {
                    n++;
                }
            }
        }
        return n;
    }
}
