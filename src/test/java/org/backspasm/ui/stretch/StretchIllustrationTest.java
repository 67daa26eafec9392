package org.backspasm.ui.stretch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import org.backspasm.core.settings.Settings;
import org.backspasm.core.settings.Theme;
import org.backspasm.core.stretch.Stretch;
import org.backspasm.core.stretch.StretchStep;
import org.backspasm.testing.PngWriter;
import org.backspasm.ui.stretch.figure.FigureView;
import org.backspasm.ui.stretch.figure.Pose;
import org.backspasm.ui.theme.ThemeManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders every pose of every stretch, light and dark, to target/screenshots/stretch-ID-POSE[-dark].png so the
 * pictures can be looked at, and checks each picture actually draws the figure (figure-coloured pixels present).
 */
class StretchIllustrationTest {
    static final Path OUT = Path.of("target", "screenshots");

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void rendersEveryPoseOfEveryStretch() throws Exception {
        StretchLibrary lib = StretchLibrary.load();
        assertTrue(lib.ok(), () -> lib.problem().getMessage());
        List<String> written = new ArrayList<>();
        for (Stretch s : lib.content().stretches()) {
            Set<String> ids = new LinkedHashSet<>();
            ids.add(s.startPose());
            for (StretchStep step : s.steps()) {
                ids.add(step.pose());
                if (!step.loopPose().isEmpty()) {
                    ids.add(step.loopPose());
                }
            }
            List<Pose> frame = ids.stream().map(lib.poses()::get).toList();
            for (String id : ids) {
                for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
                    String name = "stretch-" + s.id() + "-" + id + (theme == Theme.DARK ? "-dark" : "") + ".png";
                    WritableImage img = render(frame, lib.poses().get(id), theme, false);
                    PngWriter.write(img, OUT.resolve(name));
                    assertFalse(blank(img), name + " draws nothing");
                    written.add(name);
                }
            }
            if (s.dose().sides() != org.backspasm.core.stretch.Sides.NONE) {
                String id = s.steps().get(0).pose();
                PngWriter.write(render(frame, lib.poses().get(id), Theme.LIGHT, true),
                        OUT.resolve("stretch-" + s.id() + "-" + id + "-mirrored.png"));
            }
        }
        assertTrue(written.size() >= 2 * 7, "pictures written: " + written);
    }

    private static WritableImage render(List<Pose> frame, Pose pose, Theme theme, boolean mirror) throws Exception {
        WritableImage[] out = new WritableImage[1];
        org.testfx.api.FxToolkit.setupFixture(() -> {
            FigureView fig = new FigureView();
            fig.setFrame(frame);
            fig.show(pose, mirror, false);
            StackPane root = new StackPane(fig);
            root.setStyle("-fx-padding: 8;");
            ThemeManager.apply(root, Settings.defaults(Locale.UK).withTheme(theme));
            root.getStyleClass().add("page");
            root.setStyle("-fx-padding: 8; -fx-background-color: -color-surface;");
            Scene scene = new Scene(root, 480, 300);
            root.applyCss();
            root.layout();
            out[0] = scene.snapshot(null);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return out[0];
    }

    private static boolean blank(WritableImage img) {
        int first = img.getPixelReader().getArgb(0, 0);
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                if (img.getPixelReader().getArgb(x, y) != first) {
                    return false;
                }
            }
        }
        return true;
    }
}
