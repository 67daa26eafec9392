package org.backspasm.ui.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.image.WritableImage;
import org.backspasm.core.settings.Theme;
import org.backspasm.testing.AppUiTest;
import org.backspasm.testing.PngWriter;
import org.backspasm.testing.ValidData;
import org.backspasm.ui.ScreenId;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the import preview and the restore question over the window, at the test window's size and at 640x480,
 * light and dark, into target/screenshots/data-*.png, so they can be looked at after `mvn test`.
 */
class DataPortScreenshotTest extends AppUiTest {
    static final Path OUT = Path.of("target", "screenshots");

    @Override
    protected void prepareDataDir(Path dir) throws IOException {
        ValidData.write(dir);
        Files.writeString(dir.resolve("r.csv"), "Date,Pain (0-10),Note\n2026-11-20 08:00,4,\"stiff, after sleep\"\n"
                + "2026-11-20 20:00,7.5,\n2026-11-21 08:00,3,\n1900-01-01 08:00,5,\n2026-11-21 21:00,11,\n");
    }

    @Test
    void theDialogsInBothThemesAndASmallWindow() throws Exception {
        for (String size : new String[] {"default", "640x480"}) {
            if (size.equals("640x480")) {
                fx(() -> {
                    stage.setWidth(640);
                    stage.setHeight(480);
                });
            }
            for (Theme theme : new Theme[] {Theme.LIGHT, Theme.DARK}) {
                fx(() -> ctx.settings().setTheme(theme));
                String tag = theme.name().toLowerCase() + "-" + size;
                fx(() -> shell.show(ScreenId.JOURNAL));
                shot("data-journal-" + tag);
                ctx.data().usePicker((o, save, t, s, f) -> Optional.of(dataDir.resolve("r.csv")));
                fx(() -> ctx.data().model().open(dataDir.resolve("r.csv")));
                shot("data-import-" + tag);
                fx(() -> ctx.data().model().cancel());
                fx(() -> shell.show(ScreenId.SETTINGS));
                DataPortScreenTest.scrollTo(this, "#backup-list");
                shot("data-settings-" + tag);
                fx(() -> ctx.data().model().chooseBackup(0));
                shot("data-restore-" + tag);
                fx(() -> ctx.data().model().cancel());
            }
        }
    }

    private void shot(String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        Path file = OUT.resolve(name + ".png");
        WritableImage[] img = new WritableImage[1];
        fx(() -> img[0] = shell.getScene().snapshot(null));
        PngWriter.write(img[0], file);
        assertTrue(Files.size(file) > 5_000, file + " has content");
    }
}
