package org.backspasm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import org.backspasm.core.settings.Language;
import org.backspasm.core.settings.TextSize;
import org.backspasm.core.settings.WindowBounds;
import org.backspasm.testing.AppUiTest;
import org.backspasm.testing.CutOffText;
import org.junit.jupiter.api.Test;

/**
 * Settings and the side navigation in Spanish (longer words than English), in the smallest window (640×480) and the
 * usual one, at every text size: no text is cut with "…" (the navigation's "Señales de alarma" included) and nothing
 * on the Settings page reaches past the right edge of what its scroll pane shows (the language choice, the
 * reminders' rows, the ice and heat safety switches).
 */
class SettingsFitsInSpanishTest extends AppUiTest {

    @Override
    protected double sceneWidth() {
        return WindowBounds.MIN_WIDTH;
    }

    @Override
    protected double sceneHeight() {
        return WindowBounds.MIN_HEIGHT;
    }

    @Override
    protected Locale locale() {
        return Locale.forLanguageTag("es-ES");
    }

    @Test
    void settingsAndTheNavigationFitAtEveryTextSizeInBothWindowSizes() {
        List<String> problems = new ArrayList<>();
        fx(() -> {
            ctx.settings().setLanguage(Language.SPANISH);
            shell.show(ScreenId.SETTINGS);
        });
        assertEquals("Ajustes", shell.label(ScreenId.SETTINGS), "the app speaks Spanish");
        lookAtEveryTextSize("640×480", problems);
        fx(() -> {
            stage.setWidth(AppUiTest.WIDTH + stage.getWidth() - stage.getScene().getWidth());
            stage.setHeight(AppUiTest.HEIGHT + stage.getHeight() - stage.getScene().getHeight());
        });
        lookAtEveryTextSize("1100×740", problems);
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    private void lookAtEveryTextSize(String window, List<String> problems) {
        for (TextSize size : TextSize.values()) {
            fx(() -> {
                ctx.settings().setTextSize(size);
                String where = window + ", " + size.label() + ": ";
                CutOffText.find(shell.getScene()).forEach(p -> problems.add(where + p)); // lays the scene out too
                ScrollPane page = (ScrollPane) shell.screen(ScreenId.SETTINGS).view();
                Node viewport = page.lookup(".viewport");
                double right = viewport.localToScene(viewport.getLayoutBounds()).getMaxX();
                pastTheRightEdge(page.getContent(), right, where, problems);
            });
        }
    }

    /** Every visible node of the page that ends to the right of what the scroll pane shows. */
    private static void pastTheRightEdge(Node n, double right, String where, List<String> problems) {
        if (!n.isVisible()) {
            return;
        }
        Bounds b = n.localToScene(n.getLayoutBounds());
        if (b.getWidth() > 0 && b.getMaxX() > right + 1) {
            problems.add(where + "past the right edge by " + Math.round(b.getMaxX() - right) + " px: " + name(n));
            return; // its children would say the same
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> pastTheRightEdge(c, right, where, problems));
        }
    }

    private static String name(Node n) {
        String text = n instanceof Labeled l ? "\"" + l.getText() + "\""
                : n instanceof Text t ? "\"" + t.getText() + "\"" : "";
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : " #" + n.getId()) + " " + text;
    }
}
