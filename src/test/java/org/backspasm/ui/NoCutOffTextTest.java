package org.backspasm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * text each screen is also saved to target/screenshots/small-xl-*-light.png.
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
        DisclaimerCard card = new DisclaimerCard("112", () -> { }, org.backspasm.ui.source.SourceLines.of(
                org.backspasm.core.content.Loaded.of(org.backspasm.core.content.SourceRegistry::loadDefault)), ctx.lang());
        Map<String, Runnable> states = new LinkedHashMap<>();
        for (ScreenId id : shell.screenIds()) {
            states.put(id.name(), () -> {
                shell.closeOverlay(card);
                shell.show(id);
            });
        }
        states.put("emergency-page", shell::showEmergency);
        states.put("disclaimer", () -> shell.showOverlay(card));
        lookAtEveryTextSizeAndTheme(states);

        // the warning-sign check past its first page, answered "no", and its self-care result
        fx(() -> {
            shell.closeOverlay(card);
            shell.showEmergency();
            settle();
            answerEveryQuestionNo();
            press("#check-next");
        });
        lookAtEveryTextSizeAndTheme(Map.of("warning-signs-page-2", () -> shell.show(ScreenId.WARNING_SIGNS)));
        for (int page = 0; page < 10 && lookup(".result").tryQuery().isEmpty(); page++) {
            fx(() -> {
                settle();
                answerEveryQuestionNo();
                press("#check-next");
                settle();
            });
        }
        lookAtEveryTextSizeAndTheme(Map.of("warning-signs-result", () -> shell.show(ScreenId.WARNING_SIGNS)));
        assertEquals(List.of(), problems);
    }

    @Test
    void aRunningTimerTheStretchQuestionsPlayerAndPainAndAnEmergencyResult() throws Exception {
        fx(() -> {
            show(ScreenId.THERAPY);
            press("#mode-ice");
            press("#therapy-start");
            settle();
            answerSafetyQuestionsNo();
            show(ScreenId.STRETCHES);
            press("#stretch-start");
            shell.showEmergency();
            settle();
            press(lookup(".question-row").query().getId().replaceFirst("^q-", "#ans-") + "-yes");
        });
        Map<String, Runnable> states = new LinkedHashMap<>();
        states.put("therapy-running", () -> shell.show(ScreenId.THERAPY));
        states.put("today-running", () -> shell.show(ScreenId.TODAY));
        states.put("stretch-cautions", () -> shell.show(ScreenId.STRETCHES));
        states.put("emergency-result", () -> shell.show(ScreenId.WARNING_SIGNS));
        lookAtEveryTextSizeAndTheme(states);

        fx(() -> {
            show(ScreenId.STRETCHES);
            press("#cautions-save");
            settle();
            press("#stretch-start");
        });
        states.clear();
        states.put("stretch-player", () -> shell.show(ScreenId.STRETCHES));
        states.put("therapy-stop-question", () -> {
            show(ScreenId.THERAPY);
            press("#timer-stop");
        });
        lookAtEveryTextSizeAndTheme(states);

        fx(() -> {
            show(ScreenId.STRETCHES);
            press("#stretch-hurts");
        });
        lookAtEveryTextSizeAndTheme(Map.of("stretch-pain", () -> shell.show(ScreenId.STRETCHES)));
        assertEquals(List.of(), problems);
    }

    /**
     * Every text size in the light theme, then the largest text in every theme; for each, every state is shown and
     * scanned on the FX thread in one go (layout is synchronous), and the extra-large ones are saved as pictures.
     */
    private void lookAtEveryTextSizeAndTheme(Map<String, Runnable> states) throws Exception {
        for (TextSize size : TextSize.values()) {
            for (Theme theme : size == TextSize.EXTRA_LARGE ? Theme.values() : new Theme[] {Theme.LIGHT}) {
                boolean picture = size == TextSize.EXTRA_LARGE && theme == Theme.LIGHT;
                Map<String, WritableImage> pictures = new LinkedHashMap<>();
                fx(() -> {
                    ctx.settings().setTheme(theme);
                    ctx.settings().setTextSize(size);
                    states.forEach((name, show) -> {
                        show.run();
                        String where = name + " (" + size.label() + ", " + theme.name().toLowerCase() + "): ";
                        CutOffText.find(shell.getScene()).forEach(p -> problems.add(where + p));
                        if (picture) {
                            pictures.put(name, shell.getScene().snapshot(null));
                        }
                    });
                });
                for (Map.Entry<String, WritableImage> p : pictures.entrySet()) {
                    PngWriter.write(p.getValue(), Path.of("target", "screenshots",
                            "small-xl-" + p.getKey() + "-" + theme.name().toLowerCase() + ".png"));
                }
            }
        }
    }

    /** Shows a screen and lays it out, so what a scroll pane holds is in the scene and can be found. */
    private void show(ScreenId id) {
        shell.show(id);
        settle();
    }

    private void settle() {
        shell.applyCss();
        shell.layout();
    }

    private void press(String query) {
        ((ButtonBase) lookup(query).query()).fire();
    }

    /** Answers "no" to every open question on the check's page, follow-ups included. */
    private void answerEveryQuestionNo() {
        for (int i = 0; i < 100; i++) {
            settle();
            var open = lookup(".question-row").queryAll().stream()
                    .filter(row -> row.getScene() != null && row.isVisible())
                    .map(row -> lookup("#" + row.getId().replaceFirst("^q-", "ans-") + "-no").tryQuery())
                    .flatMap(java.util.Optional::stream)
                    .map(ButtonBase.class::cast)
                    .filter(no -> no instanceof javafx.scene.control.Toggle t && t.getToggleGroup() != null
                            && t.getToggleGroup().getSelectedToggle() == null)
                    .findFirst();
            if (open.isEmpty()) {
                return;
            }
            open.get().fire();
        }
    }

    /** Answers "no" to the safety questions asked before a timer starts, whatever they are. */
    private void answerSafetyQuestionsNo() {
        lookup(n -> n instanceof ButtonBase && n.getId() != null && n.getId().startsWith("safety-")
                && n.getId().endsWith("-no") && n.getScene() != null).queryAll()
                .forEach(n -> ((ButtonBase) n).fire());
    }
}
