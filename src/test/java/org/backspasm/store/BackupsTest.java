package org.backspasm.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.backspasm.testing.FakeClock;
import org.backspasm.testing.ValidData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backup files and the backups folder: checksums, restore byte for byte, refusal of a damaged backup, retention. */
class BackupsTest {
    @TempDir
    Path dir;

    private final FakeClock clock = new FakeClock(Instant.parse("2026-12-03T09:00:00Z"), ZoneId.of("Europe/London"));

    private Backups backups(Path data) {
        return new Backups(data, clock, "test");
    }

    @Property(tries = 40)
    void backupThenRestoreGivesByteIdenticalFiles(@ForAll("contents") byte[] journal, @ForAll("contents") byte[] state,
            @ForAll boolean withState) throws IOException {
        Path data = Files.createTempDirectory("backup-data");
        Files.write(data.resolve(JournalStore.FILE_NAME), journal);
        if (withState) {
            Files.write(data.resolve(StateStore.FILE_NAME), state);
        }
        Backups b = backups(data);
        Path made = b.snapshot(BackupManifest.MANUAL);
        Files.write(data.resolve(JournalStore.FILE_NAME), "changed\n".getBytes(StandardCharsets.UTF_8));
        Files.write(data.resolve(StateStore.FILE_NAME), "{}".getBytes(StandardCharsets.UTF_8));
        clock.advance(Duration.ofSeconds(1));
        b.restore(BackupFile.read(made));
        assertArrayEquals(journal, Files.readAllBytes(data.resolve(JournalStore.FILE_NAME)));
        assertEquals(withState, Files.exists(data.resolve(StateStore.FILE_NAME)));
        if (withState) {
            assertArrayEquals(state, Files.readAllBytes(data.resolve(StateStore.FILE_NAME)));
        }
    }

    /** Any bytes ending in a newline (a journal's last line is complete; a torn one is left for the next backup). */
    @Provide
    Arbitrary<byte[]> contents() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(3000).map(b -> {
            byte[] out = java.util.Arrays.copyOf(b, b.length + 1);
            out[b.length] = '\n';
            return out;
        });
    }

    @Test
    void theManifestSaysVersionSchemaEntriesAndEachFilesChecksum() throws IOException {
        ValidData.write(dir);
        Path made = backups(dir).snapshot(BackupManifest.DAILY);
        BackupManifest m = BackupFile.read(made).manifest();
        assertEquals("test", m.appVersion());
        assertEquals(StateStore.SCHEMA_VERSION, m.schemaVersion());
        assertEquals(JournalStore.readOnly(dir).size(), m.entries());
        assertEquals(List.of(JournalStore.FILE_NAME, StateStore.FILE_NAME),
                m.files().stream().map(BackupManifest.FileSum::name).toList());
        assertEquals(BackupFile.sha256(Files.readAllBytes(dir.resolve(StateStore.FILE_NAME))), m.files().get(1).sha256());
        assertEquals(clock.instant(), m.createdAt());
    }

    @Test
    void aBackupWithAWrongChecksumIsRefusedInPlainWordsAndNothingChanges() throws IOException {
        ValidData.write(dir);
        Backups b = backups(dir);
        Path made = b.snapshot(BackupManifest.DAILY);
        Path bad = tamper(made, JournalStore.FILE_NAME);
        Map<String, byte[]> before = snapshotOfFolder(dir);

        IOException e = assertThrows(IOException.class, () -> b.stageRestore(bad));
        assertTrue(e.getMessage().contains("the checksum of journal.jsonl does not match"), e.getMessage());
        assertTrue(e.getMessage().endsWith("Nothing was changed."), e.getMessage());
        assertFalse(b.restorePending());
        assertEquals(keys(before), keys(snapshotOfFolder(dir)));
        before.forEach((name, bytes) -> assertArrayEquals(bytes, snapshotOfFolder(dir).get(name), name));
    }

    @Test
    void aBackupDamagedAfterItWasChosenIsRefusedAtStartAndNothingChanges() throws IOException {
        ValidData.write(dir);
        Backups b = backups(dir);
        Path made = b.snapshot(BackupManifest.DAILY);
        b.stageRestore(made);
        Files.write(made, tamperedBytes(made, StateStore.FILE_NAME));
        Map<String, byte[]> before = snapshotOfFolder(dir);
        before.remove("backups/" + Backups.PENDING);

        Optional<String> said = b.applyPending().map(org.backspasm.core.state.Notice::english);
        assertTrue(said.orElseThrow().contains("the checksum of state.json does not match"), said.get());
        Map<String, byte[]> after = snapshotOfFolder(dir);
        assertEquals(keys(before), keys(after));
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
    }

    @Test
    void otherDamageIsRefusedTooWithItsReason() throws IOException {
        Files.writeString(dir.resolve("not.zip"), "hello");
        assertTrue(assertThrows(IOException.class, () -> BackupFile.read(dir.resolve("not.zip"))).getMessage()
                .contains("not a backup of this app"));
        ValidData.write(dir);
        Path made = backups(dir).snapshot(BackupManifest.DAILY);
        Path extra = rewrite(made, (name, bytes) -> bytes, "extra.txt");
        assertTrue(assertThrows(IOException.class, () -> BackupFile.read(extra)).getMessage()
                .contains("holds extra.txt, which its manifest does not list"));
        Path cut = dir.resolve("cut.zip");
        byte[] whole = Files.readAllBytes(made);
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThrows(IOException.class, () -> BackupFile.read(cut));
    }

    @Test
    void aRestoreSavesTheCurrentDataFirstThenReplacesBothFiles() throws IOException {
        ValidData.write(dir);
        Backups b = backups(dir);
        Path yesterday = b.snapshot(BackupManifest.DAILY);
        byte[] oldJournal = Files.readAllBytes(dir.resolve(JournalStore.FILE_NAME));
        Files.writeString(dir.resolve(JournalStore.FILE_NAME), "{}\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        byte[] current = Files.readAllBytes(dir.resolve(JournalStore.FILE_NAME));
        clock.advance(Duration.ofHours(2));

        b.stageRestore(yesterday);
        assertTrue(b.restorePending());
        String said = b.applyPending().orElseThrow().english();
        assertFalse(b.restorePending());
        assertArrayEquals(oldJournal, Files.readAllBytes(dir.resolve(JournalStore.FILE_NAME)));
        Backups.Listed saved = b.list().get(0);
        assertEquals(BackupManifest.BEFORE_RESTORE, saved.kind());
        assertArrayEquals(current, BackupFile.read(saved.file()).file(JournalStore.FILE_NAME));
        assertTrue(said.contains(saved.file().getFileName().toString()), said);
        assertEquals(Optional.empty(), b.applyPending());
    }

    @Test
    void aBackupFromElsewhereIsCopiedIntoTheFolderBeforeItIsRestored() throws IOException {
        ValidData.write(dir);
        Path other = dir.resolve("elsewhere");
        Path outside = backups(dir).writeInto(other, BackupManifest.MANUAL);
        Backups b = backups(dir);
        b.stageRestore(outside);
        Files.delete(outside);
        assertTrue(b.applyPending().orElseThrow().english().startsWith("The backup from"));
        assertEquals(1, b.list().stream().filter(l -> l.kind().equals(BackupManifest.IMPORTED)).count());
    }

    @Test
    void oneBackupADayAtMostAndSevenDailyAndFourWeeklyKept() throws IOException {
        ValidData.write(dir);
        Backups b = backups(dir);
        assertTrue(b.dailyIfDue().isPresent());
        assertEquals(Optional.empty(), b.dailyIfDue());
        clock.advance(Duration.ofHours(6));
        assertEquals(Optional.empty(), b.dailyIfDue());
        for (int day = 1; day < 60; day++) {
            clock.advance(Duration.ofDays(1));
            assertTrue(b.dailyIfDue().isPresent());
        }
        List<Backups.Listed> kept = b.list();
        // the last 7 days, and the newest of each of the last 4 weeks (of which the newest 1 or 2 are among the days)
        assertTrue(kept.size() >= 9 && kept.size() <= 10, kept.toString());
        for (int i = 0; i < 7; i++) {
            assertEquals(clock.instant().minus(Duration.ofDays(i)), kept.get(i).made());
        }
        Instant oldest = kept.get(kept.size() - 1).made();
        assertTrue(Duration.between(oldest, clock.instant()).toDays() <= 27, oldest.toString());
    }

    @Test
    void noDataNoBackup() throws IOException {
        assertEquals(Optional.empty(), backups(dir).dailyIfDue());
        assertFalse(Files.exists(dir.resolve(Backups.FOLDER)));
    }

    private static List<String> keys(Map<String, byte[]> m) {
        return List.copyOf(new TreeMap<>(m).keySet());
    }

    /** Every file under the folder, by relative path. */
    private static Map<String, byte[]> snapshotOfFolder(Path root) {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private Path tamper(Path zip, String name) throws IOException {
        Path out = dir.resolve("tampered.zip");
        Files.write(out, tamperedBytes(zip, name));
        return out;
    }

    /** The same zip with one byte of one file changed and the manifest left as it was. */
    private static byte[] tamperedBytes(Path zip, String name) throws IOException {
        return zipBytes(zip, (n, bytes) -> {
            if (n.equals(name)) {
                bytes[bytes.length / 2] ^= 1;
            }
            return bytes;
        }, null);
    }

    private Path rewrite(Path zip, Change unused, String extra) throws IOException {
        Path out = dir.resolve("rewritten.zip");
        Files.write(out, zipBytes(zip, (n, b) -> b, extra));
        return out;
    }

    private interface Change {
        byte[] apply(String name, byte[] bytes);
    }

    private static byte[] zipBytes(Path zip, Change change, String extra) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream raw = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(raw);
                ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(change.apply(e.getName(), in.readAllBytes()));
                z.closeEntry();
            }
            if (extra != null) {
                z.putNextEntry(new ZipEntry(extra));
                z.write(1);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
