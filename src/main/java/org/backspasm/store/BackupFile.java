package org.backspasm.store;

import org.backspasm.core.state.FileProblem;
import org.backspasm.core.state.Notice;
import org.backspasm.core.state.NoticeException;
import com.google.gson.JsonParseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A backup file: a zip of {@code state.json} and {@code journal.jsonl} with {@code manifest.json}
 * ({@link BackupManifest}). {@link #of} snapshots a data folder; {@link #read} opens one and checks it whole (every
 * file listed, its size and SHA-256, nothing else in it) or says in plain words why it cannot be used.
 */
public record BackupFile(BackupManifest manifest, Map<String, byte[]> files) {
    public static final String MANIFEST = "manifest.json";
    /** The data files a backup holds, in the order they are restored (the journal first, then the state). */
    public static final List<String> DATA_FILES = List.of(JournalStore.FILE_NAME, StateStore.FILE_NAME);
    /** Far larger than any data file of this app (five years of journal are about 15 MB). */
    static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

    public BackupFile {
        files = Map.copyOf(files);
    }

    /**
     * The data folder's two files as they are now: the state whole, the journal up to its last complete line (a
     * line being appended at this moment is left for the next backup).
     */
    public static BackupFile of(Path dataDir, String kind, Instant now, String appVersion) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        byte[] journal = readIfThere(dataDir.resolve(JournalStore.FILE_NAME));
        if (journal != null) {
            files.put(JournalStore.FILE_NAME, completeLines(journal));
        }
        byte[] state = readIfThere(dataDir.resolve(StateStore.FILE_NAME));
        if (state != null) {
            files.put(StateStore.FILE_NAME, state);
        }
        List<BackupManifest.FileSum> sums = new ArrayList<>();
        for (String name : DATA_FILES) {
            if (files.containsKey(name)) {
                sums.add(new BackupManifest.FileSum(name, files.get(name).length, sha256(files.get(name))));
            }
        }
        int entries = journal == null ? 0 : lines(files.get(JournalStore.FILE_NAME));
        return new BackupFile(new BackupManifest(BackupManifest.FORMAT, BackupManifest.FORMAT_VERSION, appVersion,
                StateStore.SCHEMA_VERSION, now, kind, entries, sums), files);
    }

    /** The zip's bytes: the manifest first, then the data files. */
    public byte[] zip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, MANIFEST, Json.gson().toJson(manifest).getBytes(StandardCharsets.UTF_8));
            for (BackupManifest.FileSum f : manifest.files()) {
                put(zip, f.name(), files.get(f.name()));
            }
        }
        return bytes.toByteArray();
    }

    /** Writes the zip to {@code target} atomically. */
    public void writeTo(Path target) throws IOException {
        FileSafety.writeAtomically(target, zip(), Disk.REAL);
    }

    /** Reads and checks a backup file; the exception's message says in plain words why it cannot be used. */
    public static BackupFile read(Path file) throws IOException {
        Map<String, byte[]> found = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (found.containsKey(e.getName())) {
                    throw refused(file, Notice.of("backup.why.twice", e.getName()));
                }
                found.put(e.getName(), readAtMost(zip, MAX_FILE_BYTES, file));
            }
        } catch (NoSuchFileException e) {
            throw new NoticeException(Notice.of("backup.notThere", file.toString()), e);
        } catch (ZipException | java.io.EOFException e) {
            throw refused(file, Notice.of("backup.why.notZip", FileProblem.detail(e)));
        }
        byte[] raw = found.remove(MANIFEST);
        if (raw == null) {
            throw refused(file, Notice.of("backup.why.noManifest", MANIFEST));
        }
        BackupManifest m;
        try {
            m = Json.gson().fromJson(new String(raw, StandardCharsets.UTF_8), BackupManifest.class);
        } catch (JsonParseException | IllegalArgumentException e) {
            throw refused(file, Notice.of("backup.why.manifestUnreadable", MANIFEST));
        }
        if (m == null || !BackupManifest.FORMAT.equals(m.format())) {
            throw refused(file, Notice.of("backup.why.notOurs"));
        }
        if (m.formatVersion() > BackupManifest.FORMAT_VERSION || m.schemaVersion() > StateStore.SCHEMA_VERSION) {
            throw refused(file, Notice.of("backup.why.newer", String.valueOf(m.appVersion())));
        }
        for (BackupManifest.FileSum f : m.files()) {
            byte[] bytes = found.get(f.name());
            if (!DATA_FILES.contains(f.name()) || bytes == null) {
                throw refused(file, Notice.of("backup.why.missing", f.name()));
            }
            if (bytes.length != f.bytes() || !sha256(bytes).equalsIgnoreCase(String.valueOf(f.sha256()))) {
                throw refused(file, Notice.of("backup.why.checksum", f.name()));
            }
        }
        for (String name : found.keySet()) {
            if (m.files().stream().noneMatch(f -> f.name().equals(name))) {
                throw refused(file, Notice.of("backup.why.unlisted", name));
            }
        }
        return new BackupFile(m, found);
    }

    /** The entry count in the backup's manifest, reading only the manifest. */
    static int peekEntries(Path file) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry e = zip.getEntry(MANIFEST);
            if (e == null) {
                return -1;
            }
            try (InputStream in = zip.getInputStream(e)) {
                BackupManifest m = Json.gson().fromJson(new String(readAtMost(in, 1024 * 1024, file),
                        StandardCharsets.UTF_8), BackupManifest.class);
                return m == null ? -1 : m.entries();
            } catch (JsonParseException | IllegalArgumentException bad) {
                return -1;
            }
        }
    }

    /** The file's bytes, or null when the backup has none (the data folder did not have it). */
    public byte[] file(String name) {
        return files.get(name);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static IOException refused(Path file, Notice why) {
        return new NoticeException(Notice.of("backup.refused", file.getFileName().toString(), why));
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static byte[] readAtMost(InputStream in, long max, Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            out.write(buf, 0, n);
            if (out.size() > max) {
                throw refused(file, Notice.of("backup.why.tooLarge"));
            }
        }
        return out.toByteArray();
    }

    private static byte[] readIfThere(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static byte[] completeLines(byte[] journal) {
        int end = journal.length;
        while (end > 0 && journal[end - 1] != '\n') {
            end--;
        }
        return end == journal.length ? journal : java.util.Arrays.copyOf(journal, end);
    }

    /** Lines that hold something (an entry each). */
    private static int lines(byte[] journal) {
        int n = 0;
        boolean content = false;
        for (byte b : journal) {
            if (b == '\n') {
                n += content ? 1 : 0;
                content = false;
            } else if (b != ' ' && b != '\r' && b != '\t') {
                content = true;
            }
        }
        return n;
    }
}
