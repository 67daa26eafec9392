package org.backspasm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.image.WritableImage;
import org.backspasm.core.settings.TextSize;
import org.backspasm.core.settings.Theme;
import org.backspasm.core.settings.WindowBounds;
import org.backspasm.testing.AppUiTest;
import org.backspasm.testing.CutOffText;
import org.backspasm.testing.PngWriter;
import org.backspasm.ui.shell.DisclaimerCard;
import org.junit.jupiter.api.Test;

/**
 * In the smallest window the app allows (640×480), at every text size and in every theme, every screen wraps its
 * text: no label is cut with "…", none runs past the window's edge, and nothing scrolls sideways. With extra-large
 * text each screen is also saved to target/screenshots/small-xl-*.png, light and dark.
 */
class NoCutOffTextTest extends AppUiTest {
    private final List<String> problems = new ArrayList<>();

    @Override
    protected double sceneWidth() {
        return WindowBounds.MIN_WIDTH;
    }

    @Override
    protected double sceneHeight() {
        return WindowBounds.MIN_HEIGHT;
    }

    @Test
    void everyScreenAsItOpensWithTheDisclaimerAndTheEmergencyPage() throws Exception {
        forEachTextSizeAndTheme((size, theme) -> {
            for (ScreenId id : ScreenId.values()) {
                look(id.name().toLowerCase(), size, theme, () -> shell.show(id));
            }
            look("emergency-page", size, theme, shell::showEmergency);
            DisclaimerCard card = new DisclaimerCard("112", () -> { });
            look("disclaimer", size, theme, () -> shell.showOverlay(card));
            fx(() -> shell.closeOverlay(card));
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void aRunningTimerTheStretchQuestionsPlayerAndPainAndAnEmergencyResult() throws Exception {
        fx(() -> shell.show(ScreenId.THERAPY));
        fx(() -> press("#mode-ice"));
        fx(() -> press("#therapy-start"));
        fx(this::answerSafetyQuestionsNo);
        fx(() -> shell.show(ScreenId.STRETCHES));
        fx(() -> press("#stretch-start"));
        fx(shell::showEmergency);
        fx(() -> press(lookup(".question-row").query().getId().replaceFirst("^q-", "#ans-") + "-yes"));
        forEachTextSizeAndTheme((size, theme) -> {
            look("therapy-running", size, theme, () -> shell.show(ScreenId.THERAPY));
            look("today-running", size, theme, () -> shell.show(ScreenId.TODAY));
            look("stretch-cautions", size, theme, () -> shell.show(ScreenId.STRETCHES));
            look("emergency-result", size, theme, () -> shell.show(ScreenId.WARNING_SIGNS));
        });
        fx(() -> shell.show(ScreenId.STRETCHES));
        fx(() -> press("#cautions-save"));
        fx(() -> press("#stretch-start"));
        forEachTextSizeAndTheme((size, theme) -> {
            look("stretch-player", size, theme, () -> shell.show(ScreenId.STRETCHES));
            fx(() -> shell.show(ScreenId.THERAPY));
            look("therapy-stop-question", size, theme, () -> press("#timer-stop"));
        });
        fx(() -> shell.show(ScreenId.STRETCHES));
        fx(() -> press("#stretch-hurts"));
        forEachTextSizeAndTheme((size, theme) -> look("stretch-pain", size, theme, () -> { }));
        assertEquals(List.of(), problems);
    }

    private interface Look {
        void at(TextSize size, Theme theme) throws Exception;
    }

    /** Every text size in the light theme, then the largest text in every theme. */
    private void forEachTextSizeAndTheme(Look look) throws Exception {
        for (TextSize size : TextSize.values()) {
            for (Theme theme : size == TextSize.EXTRA_LARGE ? Theme.values() : new Theme[] {Theme.LIGHT}) {
                fx(() -> ctx.settings().setTheme(theme));
                fx(() -> ctx.settings().setTextSize(size));
                look.at(size, theme);
            }
        }
    }

    private void look(String name, TextSize size, Theme theme, Runnable show) throws Exception {
        fx(show);
        String where = name + " (" + size.label() + ", " + theme.name().toLowerCase() + "): ";
        fx(() -> CutOffText.find(shell.getScene()).forEach(p -> problems.add(where + p)));
        if (size == TextSize.EXTRA_LARGE && theme != Theme.HIGH_CONTRAST) {
            WritableImage[] img = new WritableImage[1];
            fx(() -> img[0] = shell.getScene().snapshot(null));
            PngWriter.write(img[0], Path.of("target", "screenshots",
                    "small-xl-" + name + "-" + theme.name().toLowerCase() + ".png"));
        }
    }

    private void press(String query) {
        Node n = lookup(query).query();
        ((ButtonBase) n).fire();
    }

    /** Answers "no" to the safety questions asked before a timer starts, whatever they are. */
    private void answerSafetyQuestionsNo() {
        lookup(n -> n instanceof ButtonBase && n.getId() != null && n.getId().startsWith("safety-")
                && n.getId().endsWith("-no") && n.getScene() != null).queryAll()
                .forEach(n -> ((ButtonBase) n).fire());
    }
}
