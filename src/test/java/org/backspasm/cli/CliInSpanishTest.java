package org.backspasm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.settings.Language;
import org.backspasm.core.state.Sections;
import org.backspasm.store.JournalStore;
import org.backspasm.store.StateStore;
import org.backspasm.store.StoreNotices;
import org.backspasm.testing.FakeClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a Spanish computer (or with Spanish chosen in Settings) the command line speaks Spanish: its help, a mistake,
 * and what --export, --backup and --status say went wrong. The options and --status --json's keys stay as they are.
 */
class CliInSpanishTest {
    private final FakeClock clock = FakeClock.at("2026-12-03T10:00:00Z");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    @TempDir
    Path home;

    private int run(Map<String, String> env, String... args) {
        CommandRunner runner = new CommandRunner(env, "Linux", home, clock);
        OptionalInt code = runner.run(CommandLine.parse(List.of(args)), List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return code.orElse(-1);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpAndAMistakeInSpanishOnASpanishComputer() {
        Map<String, String> es = Map.of("BACKSPASM_LOCALE", "es-MX");
        assertEquals(0, run(es, "--help"));
        assertTrue(stdout().startsWith("Compañero para el dolor de espalda: temporizadores de frío y calor"), stdout());
        assertTrue(stdout().contains("  --status --json     lo mismo como una línea de JSON"), stdout());
        assertTrue(stdout().contains("Códigos de salida:\n  0   hecho"), stdout());
        assertEquals(ExitCodes.USAGE, run(es, "--statsu"));
        assertTrue(stderr().startsWith("back-spasm-companion: opción desconocida --statsu.\n"), stderr());
        assertTrue(stderr().contains("Uso: back-spasm-companion"), stderr());
        assertFalse(stderr().contains("Usage"), stderr());
    }

    @Test
    void spanishChosenInSettingsOnAnEnglishComputer() throws Exception {
        Path dir = home.resolve("data");
        StateStore state = StateStore.open(dir, Runnable::run, new StoreNotices(), clock);
        state.put(Sections.SETTINGS, state.get(Sections.SETTINGS).withLanguage(Language.SPANISH));
        JournalStore journal = JournalStore.open(dir, Runnable::run, new StoreNotices(), clock);
        journal.append(new PainRating(Instant.parse("2026-12-03T09:00:00Z"), 5, "", ""));
        Map<String, String> en = Map.of("BACKSPASM_LOCALE", "en-GB", "BACKSPASM_DATA_DIR", dir.toString());

        Path file = home.resolve("diario.csv");
        assertEquals(0, run(en, "--export", file.toString()));
        assertEquals("1 entrada exportada a " + file + "\n", stdout().replace("\r\n", "\n"));

        Files.writeString(dir.resolve("journal.jsonl"), "{broken\n", java.nio.file.StandardOpenOption.APPEND);
        assertEquals(ExitCodes.UNREADABLE_DATA, run(en, "--export", home.resolve("otro.csv").toString()));
        assertTrue(stderr().startsWith("Compañero para el dolor de espalda: no se puede leer 1 entrada de "
                + dir.resolve("journal.jsonl") + ". No se escribió nada."), stderr());
        err.reset();
        assertEquals(ExitCodes.UNREADABLE_DATA, run(en, "--status"));
        assertTrue(stderr().startsWith("Compañero para el dolor de espalda: no se puede leer 1 entrada de "), stderr());
        assertTrue(stderr().contains("No se cambió nada."), stderr());
    }

    @Test
    void aBackupThatCannotBeWrittenSaysWhyInSpanish() throws Exception {
        Path dir = home.resolve("data");
        JournalStore.open(dir, Runnable::run, new StoreNotices(), clock)
                .append(new PainRating(Instant.parse("2026-12-03T09:00:00Z"), 5, "", ""));
        Path notAFolder = Files.writeString(home.resolve("a-file"), "x");
        Map<String, String> es = Map.of("BACKSPASM_LOCALE", "es", "BACKSPASM_DATA_DIR", dir.toString());
        assertEquals(ExitCodes.CANNOT_WRITE, run(es, "--backup", notAFolder.toString()));
        assertTrue(stderr().startsWith("Compañero para el dolor de espalda: la copia de seguridad no se puede escribir"
                + " en " + notAFolder + " ("), stderr());
        assertTrue(stderr().endsWith("). No se escribió nada.\n"), stderr());
        assertEquals(ExitCodes.UNREADABLE_DATA, run(Map.of("BACKSPASM_LOCALE", "es", "BACKSPASM_DATA_DIR",
                home.resolve("empty").toString()), "--backup", home.toString()));
        assertTrue(stderr().contains("no hay datos que copiar en " + home.resolve("empty")), stderr());
    }
}
