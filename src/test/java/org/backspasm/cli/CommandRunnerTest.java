package org.backspasm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.backspasm.core.state.Sections;
import org.backspasm.core.therapy.Mode;
import org.backspasm.core.therapy.TherapyPlan;
import org.backspasm.core.therapy.TherapySession;
import org.backspasm.core.therapy.TherapyState;
import org.backspasm.store.StateStore;
import org.backspasm.store.StoreNotices;
import org.backspasm.testing.FakeClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's options end to end below the JVM: what goes to stdout and stderr, and the exit code. */
class CommandRunnerTest {
    @TempDir
    Path dir;
    private final FakeClock clock = FakeClock.at("2026-11-22T14:00:00Z");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private OptionalInt run(String... args) {
        List<String> list = List.of(args);
        return new CommandRunner(Map.of(), "Linux", dir.resolve("home"), clock).run(CommandLine.parse(list), list,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpGoesToStdoutWithTheExitCodes() {
        assertEquals(OptionalInt.of(0), run("--help"));
        assertTrue(stdout().startsWith("Back Spasm Companion: "));
        assertTrue(stdout().contains("\n  0   done\n"));
        assertTrue(stdout().contains("\n  2   the data folder cannot be read"));
        assertTrue(stdout().contains("\n  64  the command line is wrong"));
        assertEquals("", stderr());
    }

    @Test
    void versionIsTheOneMavenBuilt() {
        assertEquals(OptionalInt.of(0), run("--version"));
        String v = CommandRunner.version();
        assertTrue(v.matches("\\d+\\.\\d+\\.\\d+.*"), v);
        assertEquals("Back Spasm Companion " + v + "\n", stdout().replace("\r\n", "\n"));
    }

    @Test
    void anUnknownOptionPrintsTheUsageOnStderrAndExits64() {
        assertEquals(OptionalInt.of(64), run("--statsu", "--json"));
        assertEquals("", stdout());
        assertTrue(stderr().startsWith("back-spasm-companion: unknown option --statsu.\n"), stderr());
        assertTrue(stderr().contains("Usage: back-spasm-companion"));
        assertTrue(Files.notExists(dir.resolve("home")), "nothing created");
    }

    @Test
    void noOptionMeansTheWindow() {
        assertEquals(OptionalInt.empty(), run());
        assertEquals(OptionalInt.empty(), run("--data-dir", dir.toString()));
        assertEquals("", stdout() + stderr());
    }

    @Test
    void statusJsonIsExactlyOneLineThatParses() throws Exception {
        StateStore store = StateStore.open(dir, Runnable::run, new StoreNotices(), clock);
        new TherapySession(clock, TherapyState.EMPTY, s -> store.put(Sections.THERAPY, s), e -> { })
                .start(TherapyPlan.defaults(Mode.ICE));
        clock.advanceMinutes(5);
        assertEquals(OptionalInt.of(0), run("--status", "--json", "--data-dir", dir.toString()));
        String text = stdout();
        assertTrue(text.endsWith("\n"));
        assertEquals(1, text.lines().count(), text);
        JsonObject timer = JsonParser.parseString(text).getAsJsonObject().getAsJsonObject("timer");
        assertEquals("ICE", timer.get("mode").getAsString());
        assertEquals(15 * 60, timer.get("remainingSeconds").getAsInt());
        assertEquals("", stderr());
    }

    @Test
    void statusOnAnEmptyFolderThroughTheEqualsSpelling() {
        assertEquals(OptionalInt.of(0), run("--status", "--json", "--data-dir=" + dir));
        assertEquals("{\"episode\":null,\"timer\":null,\"nextReminder\":null}", stdout().strip());
    }

    @Test
    void unreadableDataExits2WithNothingOnStdout() throws Exception {
        Files.writeString(dir.resolve(StateStore.FILE_NAME), "not json at all");
        assertEquals(OptionalInt.of(2), run("--status", "--json", "--data-dir", dir.toString()));
        assertEquals("", stdout());
        assertTrue(stderr().contains("cannot be read"), stderr());
        assertEquals("not json at all", Files.readString(dir.resolve(StateStore.FILE_NAME)), "left as it was");
    }
}
