package org.backspasm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.backspasm.core.settings.Language;
import org.backspasm.core.settings.Settings;
import org.backspasm.core.state.Sections;
import org.backspasm.store.StateStore;
import org.backspasm.store.StoreNotices;
import org.backspasm.testing.FakeClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --status} speaks the language chosen in Settings; its JSON keys stay English. */
class StatusInSpanishTest {
    @TempDir
    Path dir;
    private final FakeClock clock = FakeClock.at("2026-11-22T14:00:00Z");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    void theHumanLineInSpanishAndTheJsonInEnglish() throws Exception {
        StateStore store = StateStore.open(dir, Runnable::run, new StoreNotices(), clock);
        store.put(Sections.SETTINGS, Settings.defaults(Locale.UK).withLanguage(Language.SPANISH));
        StatusCommandTest.pausedInASkinBreak(store, clock);

        assertEquals(0, run("--status"));
        String line = output();
        assertEquals(true, line.startsWith("Episodio: 51 h desde el inicio (48–72 horas: cambio). Temporizador: "
                + "Pausa para la piel, ronda 1 de 3: quedan 12:30, en pausa."), line);
        assertEquals(true, line.contains(" Próximo recordatorio: ") && !line.contains("Next reminder"), line);
        out.reset();
        assertEquals(0, run("--status", "--json"));
        String json = output();
        assertEquals(true, json.startsWith("{\"episode\":{\"onset\""), json);
        assertEquals(true, json.contains("\"segment\":\"SKIN_BREAK\""), json);
    }

    private int run(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dir.toString()));
        return StatusCommand.run(all, java.util.Map.of(), "Linux", dir.resolve("home"), clock,
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8).strip();
    }
}
