package org.backspasm.cli;

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
import java.util.Map;
import java.util.OptionalInt;
import org.backspasm.store.BackupFile;
import org.backspasm.store.BackupManifest;
import org.backspasm.store.JournalStore;
import org.backspasm.store.StateStore;
import org.backspasm.testing.FakeClock;
import org.backspasm.testing.ValidData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --export FILE} and {@code --backup DIR}: what they write, what they print, and their exit codes. */
class PortCommandsTest {
    @TempDir
    Path tmp;
    private final FakeClock clock = FakeClock.at("2026-11-22T14:00:00Z");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        List<String> list = List.of(args);
        OptionalInt code = new CommandRunner(Map.of(), "Linux", tmp.resolve("home"), clock).run(CommandLine.parse(list),
                list, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return code.orElseThrow();
    }

    private Path data() throws IOException {
        Path data = tmp.resolve("data");
        ValidData.write(data);
        return data;
    }

    @Test
    void exportWritesTheCsvAndSaysHowManyEntries() throws IOException {
        Path data = data();
        Path csv = tmp.resolve("out/journal.csv");
        Files.createDirectories(csv.getParent());
        assertEquals(0, run("--data-dir", data.toString(), "--export", csv.toString()));
        int n = JournalStore.readOnly(data).size();
        assertEquals("Exported " + n + " entries to " + csv + "\n", out.toString(StandardCharsets.UTF_8));
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("type,instant,local_time,pain_score,"), lines.get(0));
        assertEquals(n + 1, lines.size());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("pain,2026-11-22T09:10:00Z,2026-11-22 09:10:00,6,"
                + "getting out of bed,morning,")), lines.toString());
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exportToStdoutPrintsOnlyTheCsv() throws IOException {
        Path data = data();
        assertEquals(0, run("--export=-", "--data-dir=" + data));
        String csv = out.toString(StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("type,instant,"));
        assertEquals(JournalStore.readOnly(data).size() + 1, csv.split("\r\n").length);
    }

    @Test
    void exportOfADamagedJournalWritesNothingAndExits2() throws IOException {
        Path data = data();
        Files.writeString(data.resolve(JournalStore.FILE_NAME), "{broken\n", java.nio.file.StandardOpenOption.APPEND);
        Path csv = tmp.resolve("journal.csv");
        assertEquals(2, run("--data-dir", data.toString(), "--export", csv.toString()));
        assertFalse(Files.exists(csv));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot be read"), err.toString());
    }

    @Test
    void exportToAFolderThatCannotBeWrittenExits73() throws IOException {
        Path data = data();
        Path blocker = tmp.resolve("a-file");
        Files.writeString(blocker, "x");
        assertEquals(73, run("--data-dir", data.toString(), "--export", blocker.resolve("j.csv").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Nothing was written"));
    }

    @Test
    void backupWritesACheckedZipIntoTheFolderAndPrintsItsPath() throws IOException {
        Path data = data();
        Path dir = tmp.resolve("backups-here");
        assertEquals(0, run("--data-dir", data.toString(), "--backup", dir.toString()));
        Path made = Path.of(out.toString(StandardCharsets.UTF_8).strip());
        assertEquals(dir, made.getParent());
        BackupFile b = BackupFile.read(made);
        assertEquals(BackupManifest.MANUAL, b.manifest().kind());
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(data.resolve(StateStore.FILE_NAME)),
                b.file(StateStore.FILE_NAME)));
    }

    @Test
    void backupOfAnEmptyFolderExits2AndOfAnUnwritablePlaceExits73() throws IOException {
        assertEquals(2, run("--data-dir", tmp.resolve("nothing").toString(), "--backup", tmp.resolve("b").toString()));
        assertFalse(Files.exists(tmp.resolve("b")));
        Path data = data();
        Path blocker = tmp.resolve("a-file");
        Files.writeString(blocker, "x");
        assertEquals(73, run("--data-dir", data.toString(), "--backup", blocker.toString()));
    }

    @Test
    void wrongUseIsAUsageError() {
        assertEquals(64, run("--export"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--export needs a file after it."));
        assertEquals(64, run("--backup", "--status"));
        assertEquals(64, run("--status", "--export", "x.csv"));
        assertEquals(64, run("--export", "a.csv", "--backup", "b"));
        assertEquals(64, run("--export", "a.csv", "--export", "b.csv"));
        assertEquals(64, run("--export", "a.csv", "--json"));
    }
}
