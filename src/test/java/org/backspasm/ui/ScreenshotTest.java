package org.backspasm.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.WritableImage;
import org.backspasm.core.settings.Theme;
import org.backspasm.testing.AppUiTest;
import org.backspasm.testing.PngWriter;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders every screen headless, light and dark, into target/screenshots/*.png, so anyone can look at them after
 * `mvn test`. It fails if a screen renders as a blank page.
 */
class ScreenshotTest extends AppUiTest {
    static final Path OUT = Path.of("target", "screenshots");
    static final double SMALL_W = 800;
    static final double SMALL_H = 560;

    @Test
    void everyScreenInEveryTheme() throws Exception {
        for (Theme theme : new Theme[] {Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST}) {
            fx(() -> ctx.settings().setTheme(theme));
            for (ScreenId id : shell.screenIds()) {
                fx(() -> shell.show(id));
                WaitForAsyncUtils.waitForFxEvents();
                Path file = OUT.resolve(id.name() + "-" + theme.name().toLowerCase() + ".png");
                WritableImage[] img = new WritableImage[1];
                fx(() -> img[0] = shell.getScene().snapshot(null));
                PngWriter.write(img[0], file);
                assertTrue(Files.size(file) > 10_000, file + " has content");
                assertTrue(distinctColours(img[0]) > 20, file + " is not a blank page");
            }
        }
    }

    @Test
    void everyScreenInASmallWindow() throws Exception {
        fx(() -> {
            stage.setWidth(SMALL_W);
            stage.setHeight(SMALL_H);
        });
        for (ScreenId id : shell.screenIds()) {
            fx(() -> shell.show(id));
            WaitForAsyncUtils.waitForFxEvents();
            Path file = OUT.resolve(id.name() + "-small.png");
            WritableImage[] img = new WritableImage[1];
            fx(() -> img[0] = shell.getScene().snapshot(null));
            PngWriter.write(img[0], file);
            assertTrue(img[0].getWidth() <= SMALL_W + 1, "the scene follows the window");
            assertTrue(distinctColours(img[0]) > 20, file + " is not a blank page");
        }
    }

    static int distinctColours(WritableImage img) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        var px = img.getPixelReader();
        for (int y = 0; y < img.getHeight(); y += 7) {
            for (int x = 0; x < img.getWidth(); x += 7) {
                seen.add(px.getArgb(x, y));
            }
        }
        return seen.size();
    }
}
