package org.backspasm.reliability;

import static org.backspasm.reliability.Damage.MB;
import org.backspasm.cli.ExitCodes;
import static org.backspasm.reliability.Damage.concat;
import static org.backspasm.reliability.Damage.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.backspasm.app.AppAssembly;
import org.backspasm.cli.StatusCommand;
import org.backspasm.testing.FakeClock;
import org.backspasm.testing.RecordingSoundPlayer;
import org.backspasm.testing.ValidData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Each way {@code state.json} or {@code journal.jsonl} can be damaged, tried on a folder the app wrote itself. For
 * each: {@code --status} answers with exit 2 and one sentence (never a stack trace) and changes nothing; the whole
 * app starts through {@link AppAssembly}; the user sees one plain message; the damaged bytes are kept beside the
 * file; the other file and everything else stay as they were. The few kinds of damage the journal reads without
 * loss (it is never rewritten, so nothing in it can be dropped) are marked harmless: no message, nothing changes.
 */
class DamagedFilesTest {
    static final String STATE = "state.json";
    static final String JOURNAL = "journal.jsonl";

    @TempDir
    Path dir;

    record Case(String name, String file, UnaryOperator<byte[]> damage, boolean harmless) {
        @Override
        public String toString() {
            return file + ": " + name;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                state("random bytes", v -> Damage.randomBytes(12, 4096)),
                state("empty", v -> new byte[0]),
                state("truncated", Damage::truncated),
                state("an array", v -> concat(utf8("["), v, utf8("]"))),
                state("strings for numbers", v -> Damage.everyValue(v, Damage::stringForNumber)),
                state("a string for a number inside a part", v -> Damage.replaceFirst(v, "\"applyMinutes\":20",
                        "\"applyMinutes\":\"20\"")),
                state("nulls everywhere", v -> Damage.everyValue(v, p -> null)),
                state("unknown fields", v -> Damage.replaceFirst(v, "\"soundOn\":", "\"colour\":\"blue\",\"soundOn\":")),
                state("a future schemaVersion", v -> Damage.replaceFirst(v, "\"schemaVersion\":1", "\"schemaVersion\":7")),
                state("60 MB", v -> Damage.hugeState(60 * MB)),
                state("invalid UTF-8", v -> Damage.invalidUtf8(v, "LIGHT")),
                state("an instant in the year 99999", v -> Damage.replaceFirst(v, "\"onset\":\"2026-", "\"onset\":\"+99999-")),
                state("a negative duration", v -> Damage.replaceFirst(v, "\"PT0S\"", "\"-PT5M\"")),
                state("a plan value out of range", v -> Damage.replaceFirst(v, "\"applyMinutes\":20", "\"applyMinutes\":99")),
                state("a segment index past the plan", v -> Damage.replaceFirst(v, "\"index\":1", "\"index\":7")),
                journal("random bytes", v -> Damage.randomBytes(34, 4096), false),
                journal("empty", v -> new byte[0], true),
                journal("truncated", Damage::truncated, false),
                journal("an array line", v -> concat(v, utf8("[1,2,3]\n")), false),
                journal("a string for a number", v -> Damage.replaceFirst(v, "\"score\":6", "\"score\":\"6\""), true),
                journal("nulls everywhere", v -> concat(v, Damage.everyValue(firstLine(v), p -> null), utf8("\n")), false),
                journal("unknown fields", v -> Damage.replaceFirst(v, "\"score\":6", "\"score\":6,\"colour\":\"blue\""),
                        true),
                journal("an entry of a kind from a newer version", v -> concat(v,
                        utf8("{\"type\":\"BreathingSession\",\"at\":\"2026-11-22T09:31:00Z\"}\n")), false),
                journal("60 MB", v -> concat(v, Damage.garbageLines(60 * MB, 1000)), false),
                journal("invalid UTF-8", v -> Damage.invalidUtf8(v, "getting out"), false),
                journal("a 10 MB line", v -> concat(v, Damage.hugeLine(10 * MB)), false),
                journal("an instant in the year 99999", v -> Damage.replaceFirst(v, "\"at\":\"2026-", "\"at\":\"+99999-"),
                        false),
                journal("a value out of range", v -> Damage.replaceFirst(v, "\"score\":6", "\"score\":42"), false))
                .map(Arguments::of);
    }

    private static Case state(String name, UnaryOperator<byte[]> damage) {
        return new Case(name, STATE, damage, false);
    }

    private static Case journal(String name, UnaryOperator<byte[]> damage, boolean harmless) {
        return new Case(name, JOURNAL, damage, harmless);
    }

    private static byte[] firstLine(byte[] journal) {
        String s = Damage.text(journal);
        return utf8(s.substring(0, s.indexOf('\n') + 1));
    }

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theAppStartsSaysSoOnceAndKeepsTheBytes(Case c) throws Exception {
        ValidData.write(dir);
        Path target = dir.resolve(c.file());
        byte[] damaged = c.damage().apply(Files.readAllBytes(target));
        Files.write(target, damaged);
        Map<String, String> before = Folder.digests(dir);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = StatusCommand.run(List.of("--status", "--data-dir", dir.toString()), Map.of(), "Linux", dir,
                new FakeClock(ValidData.NOW, java.time.ZoneOffset.UTC), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals(before, Folder.digests(dir), "--status changes nothing");
        assertPlain(said);
        if (c.harmless()) {
            assertEquals(ExitCodes.OK, code, said);
        } else {
            assertEquals(ExitCodes.UNREADABLE_DATA, code, out.toString(StandardCharsets.UTF_8));
            assertEquals(1, said.strip().lines().count(), "one sentence: " + said);
            assertEquals("", out.toString(StandardCharsets.UTF_8));
        }

        List<String> messages = WaitForAsyncUtils.asyncFx(() -> {
            FakeClock clock = new FakeClock(ValidData.NOW, java.time.ZoneId.of("Europe/London"));
            AppAssembly.Built built = AppAssembly.build(dir, clock, Runnable::run, new RecordingSoundPlayer(),
                    Locale.UK, () -> null, new org.backspasm.testing.ManualAlarmScheduler(clock), file -> { });
            return built.shell().notices().getChildren().stream()
                    .map(n -> ((Label) ((HBox) n).getChildren().get(0)).getText()).toList();
        }).get();

        Map<String, String> after = Folder.digests(dir);
        Report.line("damaged-files.txt", c + " | status " + code + " | " + said.strip() + " | app: "
                + String.join(" / ", messages));
        if (c.harmless()) {
            assertEquals(List.of(), messages);
            assertEquals(before, after, "nothing changes");
            return;
        }
        assertEquals(1, messages.size(), messages.toString());
        assertPlain(messages.get(0));
        String other = c.file().equals(STATE) ? JOURNAL : STATE;
        assertEquals(before.get(other), after.get(other), "the other file is untouched");
        assertTrue(Folder.keeps(dir, damaged, target), "the damaged bytes are kept beside " + c.file() + ": " + after.keySet());
        for (String name : after.keySet()) {
            assertTrue(before.containsKey(name) || name.startsWith(c.file() + "."), "nothing else appears: " + name);
            assertFalse(name.endsWith(".tmp"), "no temp file is left: " + name);
        }
    }

    private static void assertPlain(String text) {
        for (String word : List.of("Exception", "\tat ", "java.", "com.google", "null")) {
            assertFalse(text.contains(word), "\"" + word + "\" in: " + text);
        }
    }
}
