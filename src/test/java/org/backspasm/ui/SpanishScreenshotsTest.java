package org.backspasm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.backspasm.core.i18n.Languages;
import org.backspasm.testing.AppUiTest;
import org.backspasm.testing.AppWalk;
import org.backspasm.testing.PngWriter;
import org.junit.jupiter.api.Test;

/**
 * The whole app in Spanish, as a Spanish-speaking user whose computer is set to Spanish sees it: the same walk as
 * the pseudo-locale scan ({@link AppWalk}: every screen, question, card, result, the reminder window), one picture
 * per stop in {@code target/screenshots/es/NN-stop.png} (a reminder shown in its own window is pictured from that
 * window), for a Spanish speaker to read through. Written by every {@code mvn test}; on its own:
 * {@code mvn -o test -Dtest=SpanishScreenshotsTest}.
 */
class SpanishScreenshotsTest extends AppUiTest {
    static final Path OUT = Path.of("target", "screenshots", "es");

    @Override
    protected Locale locale() {
        return Locale.forLanguageTag("es-ES");
    }

    @Override
    protected boolean acceptDisclaimerBeforeStart() {
        return false;
    }

    @Test
    void everyStopOfTheWalkIsPicturedInSpanish() throws Exception {
        assertEquals(Languages.SPANISH.getLanguage(), ctx.lang().locale().getLanguage(), "the app speaks Spanish");
        List<Path> written = new ArrayList<>();
        AppWalk walk = new AppWalk(this, stop -> {
            WritableImage[] img = new WritableImage[1];
            fx(() -> img[0] = front().getScene().snapshot(null));
            Path file = OUT.resolve(String.format("%02d-%s.png", written.size() + 1, stop));
            try {
                PngWriter.write(img[0], file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            written.add(file);
        });
        walk.run();
        java.util.List<String> expected = new java.util.ArrayList<>(AppWalk.STOPS);
        expected.remove("first-start-emergency-number"); // Spain's number is known: not asked
        assertEquals(expected, walk.seen());
        for (Path file : written) {
            assertTrue(Files.size(file) > 5_000, file + " has content");
        }
    }

    /** The reminder's own window while it shows, else the main window. */
    private Stage front() {
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s && s != stage && s.isShowing() && s.getScene() != null && s.getOwner() == null
                    && s.getScene().lookup("#reminder-card") != null) {
                return s;
            }
        }
        return stage;
    }
}
