package org.backspasm.ui.stretch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.backspasm.core.settings.Theme;
import org.backspasm.core.stretch.Caution;
import org.backspasm.testing.AppUiTest;
import org.backspasm.testing.PngWriter;
import org.backspasm.ui.ScreenId;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The routine list as each caution changes it, whole (not only the part in the window), into
 * target/screenshots/stretch-gates-*.png; and the injury page. Each must name the change it shows.
 */
class StretchGateScreenshotTest extends AppUiTest {
    static final Path OUT = Path.of("target", "screenshots");

    private StretchModel model() {
        return ((StretchScreen) shell.screen(ScreenId.STRETCHES)).model();
    }

    private String shoot(String selector, String name, boolean dark) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Node page = lookup(selector).query();
        WritableImage[] img = new WritableImage[1];
        fx(() -> {
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(dark ? Color.web("#1e2227") : Color.WHITE);
            img[0] = page.snapshot(params, null);
        });
        PngWriter.write(img[0], OUT.resolve("stretch-gates-" + name + ".png"));
        StringBuilder text = new StringBuilder();
        lookup(n -> n instanceof Labeled && n.isVisible()).queryAll()
                .forEach(n -> text.append(((Labeled) n).getText()).append('\n'));
        return text.toString();
    }

    @Test
    void routineListsForEachCaution() throws Exception {
        fx(() -> {
            shell.show(ScreenId.STRETCHES);
            model().routines().saveCautions(Set.of(Caution.OSTEOPOROSIS, Caution.KNEE_PROBLEMS));
        });
        String osteo = shoot(".stretch-routines", "osteoporosis-knees", false);
        assertTrue(osteo.contains("Bottom toward heels, part way") && osteo.contains("Cat-cow, part way"), osteo);
        assertTrue(osteo.contains("Left out because of osteoporosis"), osteo);

        fx(() -> {
            ctx.settings().setTheme(Theme.DARK);
            model().routines().saveCautions(Set.of(Caution.PREGNANCY));
            model().routines().chooseNext(1);
        });
        String preg = shoot(".stretch-routines", "pregnancy-core-dark", true);
        assertTrue(preg.contains("Pelvic tilt on all fours") && preg.contains("not lying on your back for long"), preg);

        fx(() -> {
            ctx.settings().setTheme(Theme.LIGHT);
            model().routines().saveCautions(Set.of(Caution.RECENT_INJURY_OR_SURGERY));
            model().start();
        });
        String injury = shoot("#injury-card", "injury", false);
        assertTrue(injury.contains("Has a doctor or physiotherapist said that exercise is all right for you?"));
    }

    @Test
    void injuryPageAt640x480WithExtraLargeTextCutsNothingShort() throws Exception {
        fx(() -> {
            ctx.settings().setTextSize(org.backspasm.core.settings.TextSize.EXTRA_LARGE);
            stage.setWidth(640);
            stage.setHeight(480);
            shell.show(ScreenId.STRETCHES);
            model().routines().saveCautions(Set.of(Caution.RECENT_INJURY_OR_SURGERY));
            model().start();
        });
        WaitForAsyncUtils.waitForFxEvents();
        shoot("#injury-card", "injury-small-xl", false);
        WritableImage[] window = new WritableImage[1];
        fx(() -> window[0] = stage.getScene().snapshot(null));
        PngWriter.write(window[0], OUT.resolve("stretch-gates-injury-small-xl-window.png"));
        Node card = lookup("#injury-card").query();
        java.util.List<String> cut = new java.util.ArrayList<>();
        lookup(n -> n instanceof Labeled && isInside(n, card)).queryAll().forEach(n -> {
            javafx.scene.text.Text t = (javafx.scene.text.Text) n.lookup(".text");
            if (t != null && !t.getText().equals(((Labeled) n).getText())) {
                cut.add(((Labeled) n).getText() + " -> " + t.getText());
            }
        });
        assertTrue(cut.isEmpty(), "cut short: " + cut);
        assertTrue(card.getBoundsInParent().getMaxX() <= 640, "nothing runs off to the side");
    }

    private static boolean isInside(Node n, Node parent) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == parent) {
                return true;
            }
        }
        return false;
    }

    @Test
    void settingsSectionInASmallWindowWrapsTheClinicianQuestion() throws Exception {
        fx(() -> {
            model().routines().saveCautions(Set.of(Caution.RECENT_INJURY_OR_SURGERY));
            stage.setWidth(640);
            stage.setHeight(480);
            shell.show(ScreenId.SETTINGS);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.CheckBox ok = lookup("#settings-clinician-ok").queryAs(javafx.scene.control.CheckBox.class);
        Node section = ok.getParent();
        WritableImage[] img = new WritableImage[1];
        fx(() -> img[0] = section.snapshot(null, null));
        PngWriter.write(img[0], OUT.resolve("stretch-gates-settings-small.png"));
        assertTrue(ok.getHeight() > 1.5 * ok.getFont().getSize() * 1.2, "the long question wraps onto two lines");
        assertTrue(section.getBoundsInLocal().getWidth() < 640, "and nothing runs off to the side");
        javafx.scene.text.Text shown = (javafx.scene.text.Text) ok.lookup(".text");
        assertTrue(shown == null || shown.getText().equals(ok.getText()), "not cut short: " + shown.getText());
    }
}
