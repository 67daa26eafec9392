package org.backspasm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import org.backspasm.core.settings.Language;
import org.backspasm.core.state.Sections;
import org.backspasm.store.InUse;
import org.backspasm.store.StateStore;
import org.backspasm.store.StoreNotices;
import org.backspasm.testing.FakeClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The dialogs of a start (it fails; another computer has the folder open) come before the window and its settings,
 * yet speak the language chosen in Settings, else the computer's.
 */
class StartupTextsTest extends FxRobot {
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    @TempDir
    Path dir;

    @AfterEach
    void cleanup() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void choose(Language language) {
        StateStore state = StateStore.open(dir, Runnable::run, new StoreNotices(), FakeClock.at("2026-12-03T10:00:00Z"));
        state.put(Sections.SETTINGS, state.get(Sections.SETTINGS).withLanguage(language));
    }

    @Test
    void spanishChosenInSettingsOnAnEnglishComputer() throws Exception {
        choose(Language.SPANISH);
        StartupTexts t = StartupTexts.forFolder(dir, Locale.UK);
        FxToolkit.registerPrimaryStage();
        InUse laptop = new InUse("PORTATIL", Instant.parse("2026-12-03T09:42:00Z"));
        interact(() -> {
            Alert ask = StartupDialogs.inUse(t, laptop, dir, MADRID, LocalDate.of(2026, 12, 3));
            assertEquals("Compañero para el dolor de espalda", ask.getTitle());
            assertEquals("Sus datos están abiertos en PORTATIL desde las 10:42", ask.getHeaderText());
            assertTrue(ask.getContentText().startsWith("Compañero para el dolor de espalda está abierto en PORTATIL"
                    + " con esta carpeta de datos (" + dir + ")"), ask.getContentText());
            assertTrue(ask.getContentText().contains("computadoras"), "neutral Spanish");
            assertEquals(List.of("Abrir aquí de todos modos", "Salir"),
                    ask.getButtonTypes().stream().map(ButtonType::getText).toList());
            Alert failed = StartupDialogs.cannotStart(t, t.notAnswering(dir));
            assertEquals("La aplicación no puede iniciarse", failed.getHeaderText());
            assertTrue(failed.getContentText().startsWith("Compañero para el dolor de espalda parece estar abierto"
                    + " ya con la carpeta de datos"), failed.getContentText());
        });
        assertEquals("Sus datos están abiertos en PORTATIL desde el mar 1 dic 2026, 10:42",
                t.inUseHeadline(new InUse("PORTATIL", Instant.parse("2026-12-01T09:42:00Z")), MADRID,
                        LocalDate.of(2026, 12, 3)));
        assertTrue(t.broughtToFront().startsWith("Compañero para el dolor de espalda ya está abierto"));
    }

    @Test
    void aSpanishComputerWithNothingChosenYetOrAFileThatCannotBeRead() throws IOException {
        assertTrue(StartupTexts.forFolder(dir, Locale.forLanguageTag("es-AR")).cannotStart().startsWith("La aplicación"),
                "no data yet: the computer's language");
        Files.writeString(dir.resolve(StateStore.FILE_NAME), "{\"schemaVersion\": 999, \"sections\": {\"settings\": 7}}");
        assertEquals("La aplicación no puede iniciarse",
                StartupTexts.forFolder(dir, Locale.forLanguageTag("es-AR")).cannotStart(), "unreadable: the computer's");
        String newer = StartupTexts.forFolder(dir, Locale.forLanguageTag("es"))
                .newerData(new org.backspasm.store.NewerDataException(dir.resolve("state.json"), 999, 3));
        assertTrue(newer.startsWith("Los datos de " + dir.resolve("state.json") + " los guardó una versión más nueva de"
                + " Compañero para el dolor de espalda (formato de datos 999; esta versión lee hasta el 3)."), newer);
    }

    @Test
    void englishChosenOnASpanishComputerIsEnglish() {
        choose(Language.ENGLISH);
        StartupTexts t = StartupTexts.forFolder(dir, Locale.forLanguageTag("es-ES"));
        assertEquals("The app cannot start", t.cannotStart());
        assertFalse(t.quit().equals("Salir"));
    }
}
