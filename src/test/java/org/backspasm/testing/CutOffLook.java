package org.backspasm.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import org.backspasm.core.i18n.Pseudo;
import org.backspasm.core.settings.TextSize;
import org.backspasm.core.settings.WindowBounds;

/**
 * Looks at states of a running app's window for text that cannot be read in full ({@link CutOffText}), at every
 * text size, in the smallest window (640×480) and, if asked, first in the usual one (1100×740); collects what it
 * finds. Every state is shown and scanned on the FX thread in one go (layout is synchronous), the size switched in
 * place between rounds. Only the light theme: a theme changes colours only ({@code ThemesChangeOnlyColoursTest}).
 * With pictures, each state at the largest text is saved to {@code target/screenshots/small-xl-[LANG-]NAME-light.png}.
 */
public final class CutOffLook {
    private final AppUiTest app;
    private final boolean usualSizeToo;
    private final boolean pictures;
    private final List<String> problems = new ArrayList<>();

    public CutOffLook(AppUiTest app, boolean usualSizeToo, boolean pictures) {
        this.app = app;
        this.usualSizeToo = usualSizeToo;
        this.pictures = pictures;
    }

    /** What was found so far, one line each, naming the state and the text size. */
    public List<String> problems() {
        return problems;
    }

    /**
     * The states in the usual window at every text size (when asked for), then in the smallest one. Each screen is
     * looked at from its top: a scroll pane left scrolled down would put the header "above the top edge".
     */
    public void inBothSizes(String stage, Map<String, Runnable> states) throws IOException {
        Map<String, Runnable> named = new LinkedHashMap<>();
        states.forEach((name, show) -> named.put(stage + "-" + name, () -> {
            show.run();
            app.shell.applyCss();
            app.shell.layout();
            app.shell.lookupAll(".scroll-pane").forEach(n -> ((ScrollPane) n).setVvalue(0));
        }));
        if (usualSizeToo) {
            resize(AppUiTest.WIDTH, AppUiTest.HEIGHT);
            everyTextSize(named, " at 1100×740", false);
        }
        resize(WindowBounds.MIN_WIDTH, WindowBounds.MIN_HEIGHT);
        everyTextSize(named);
    }

    /** The states in the window as it is (the smallest), at every text size. */
    public void everyTextSize(Map<String, Runnable> states) throws IOException {
        everyTextSize(states, "", pictures);
    }

    private void everyTextSize(Map<String, Runnable> states, String window, boolean withPictures)
            throws IOException {
        for (TextSize size : TextSize.values()) {
            boolean picture = withPictures && size == TextSize.EXTRA_LARGE;
            Map<String, WritableImage> taken = new LinkedHashMap<>();
            app.fx(() -> {
                app.ctx.settings().setTextSize(size);
                states.forEach((name, show) -> {
                    show.run();
                    String where = name + window + " (" + size.label() + "): ";
                    CutOffText.find(app.shell.getScene()).forEach(p -> problems.add(where + p));
                    if (picture) {
                        taken.put(name, app.shell.getScene().snapshot(null));
                    }
                });
            });
            for (Map.Entry<String, WritableImage> p : taken.entrySet()) {
                PngWriter.write(p.getValue(), Path.of("target", "screenshots",
                        "small-xl-" + languagePart() + p.getKey() + "-light.png"));
            }
        }
    }

    private void resize(double width, double height) {
        app.fx(() -> {
            app.stage.setWidth(width + app.stage.getWidth() - app.stage.getScene().getWidth());
            app.stage.setHeight(height + app.stage.getHeight() - app.stage.getScene().getHeight());
        });
    }

    /** "" in English, else the language's tag and a dash, in the pictures' names. */
    private String languagePart() {
        java.util.Locale l = app.ctx.lang().locale();
        return l.getLanguage().equals("en") && !Pseudo.is(l) ? "" : l.toLanguageTag() + "-";
    }
}
