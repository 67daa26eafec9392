package org.backspasm.store;

import org.backspasm.core.state.FileProblem;
import org.backspasm.core.state.Notice;
import org.backspasm.core.state.NoticeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.backspasm.core.dataport.DataFiles;
import org.backspasm.core.dataport.Retention;

/**
 * The {@code backups} folder in the data folder: a checksummed snapshot of both data files once a day (at the first
 * start of a day and while the app runs), 7 daily and 4 weekly kept; restoring one, which first saves the data as it
 * is as a backup of its own and then replaces both files atomically. A restore chosen while the app runs is carried
 * out at the next start, before anything is read ({@link #stageRestore}, {@link #applyPending}), so the running
 * app can never save over what was restored.
 */
public final class Backups implements DataFiles {
    public static final String FOLDER = "backups";
    static final String PENDING = "restore.pending";
    /** Backups kept of each kind that retention does not govern (before a restore, imported). */
    static final int KEEP_OTHERS = 5;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("(\\d{8}-\\d{6})Z-([a-z-]+?)(?:-\\d+)?\\.zip");

    private final Path dataDir;
    private final Path folder;
    private final Clock clock;
    private final String appVersion;

    public Backups(Path dataDir, Clock clock, String appVersion) {
        this.dataDir = dataDir;
        this.folder = dataDir.resolve(FOLDER);
        this.clock = clock;
        this.appVersion = appVersion;
    }

    @Override
    public Path folder() {
        return folder;
    }

    public Path dataDir() {
        return dataDir;
    }

    public String appVersion() {
        return appVersion;
    }

    /** The backups in the folder, newest first. */
    @Override
    public List<Listed> list() {
        List<Listed> out = new ArrayList<>();
        for (Path f : files()) {
            Matcher m = NAME.matcher(f.getFileName().toString());
            if (!m.matches()) {
                continue;
            }
            Instant made = STAMP.parse(m.group(1), Instant::from);
            int entries = -1;
            try {
                entries = BackupFile.peekEntries(f);
            } catch (IOException e) {
                // listed all the same: checking it (when it is chosen) says what is wrong
            }
            out.add(new Listed(f, made, m.group(2), entries));
        }
        out.sort(Comparator.comparing(Listed::made).reversed().thenComparing(l -> l.file().getFileName().toString(),
                Comparator.reverseOrder()));
        return out;
    }

    /**
     * Takes the day's backup unless one was taken today (in the clock's zone), then drops the daily ones past
     * {@link Retention}. Empty when none was due, or when there is no data yet.
     */
    @Override
    public Optional<Path> dailyIfDue() throws IOException {
        LocalDate today = LocalDate.now(clock);
        boolean done = list().stream().anyMatch(l -> l.kind().equals(BackupManifest.DAILY)
                && l.made().atZone(clock.getZone()).toLocalDate().equals(today));
        if (done || !hasData()) {
            return Optional.empty();
        }
        Path made = snapshot(BackupManifest.DAILY);
        prune();
        return Optional.of(made);
    }

    /** Writes a backup of the data as it is now into the folder; returns its path. */
    @Override
    public Path snapshot(String kind) throws IOException {
        return writeInto(folder, kind);
    }

    /** Writes a backup of the data as it is now into {@code dir} (made if missing); returns its path. */
    public Path writeInto(Path dir, String kind) throws IOException {
        Instant now = clock.instant();
        BackupFile backup = BackupFile.of(dataDir, kind, now, appVersion);
        Files.createDirectories(dir);
        Path target = freeName(dir, STAMP.format(now) + "Z-" + kind);
        backup.writeTo(target);
        return target;
    }

    /** Whether the data folder holds anything to back up. */
    @Override
    public boolean hasData() {
        return BackupFile.DATA_FILES.stream().anyMatch(n -> Files.exists(dataDir.resolve(n)));
    }

    /** Keeps the daily backups {@link Retention} keeps and the newest {@link #KEEP_OTHERS} of each other kind. */
    void prune() throws IOException {
        List<Listed> all = list();
        List<Listed> daily = all.stream().filter(l -> l.kind().equals(BackupManifest.DAILY)).toList();
        Set<Instant> keep = Retention.keep(daily.stream().map(Listed::made).toList(), clock.getZone());
        for (Listed l : daily) {
            if (!keep.remove(l.made())) {
                Files.deleteIfExists(l.file());
            }
        }
        for (String kind : List.of(BackupManifest.BEFORE_RESTORE, BackupManifest.IMPORTED)) {
            List<Listed> some = all.stream().filter(l -> l.kind().equals(kind)).toList();
            for (Listed l : some.subList(Math.min(KEEP_OTHERS, some.size()), some.size())) {
                Files.deleteIfExists(l.file());
            }
        }
    }

    /**
     * Checks the chosen backup whole and marks it to be restored at the next start (a file from elsewhere is first
     * copied into the folder). Throws, changing nothing, when the backup cannot be used.
     */
    @Override
    public void stageRestore(Path backup) throws IOException {
        BackupFile checked = BackupFile.read(backup);
        Path inFolder = backup;
        if (!backup.toAbsolutePath().normalize().getParent().equals(folder.toAbsolutePath().normalize())) {
            Files.createDirectories(folder);
            inFolder = freeName(folder, STAMP.format(clock.instant()) + "Z-" + BackupManifest.IMPORTED);
            FileSafety.writeAtomically(inFolder, checked.zip(), Disk.REAL);
        }
        FileSafety.writeAtomically(folder.resolve(PENDING), inFolder.getFileName().toString());
    }

    @Override
    public void writeBackup(Path file) throws IOException {
        BackupFile.of(dataDir, BackupManifest.MANUAL, clock.instant(), appVersion).writeTo(file);
    }

    @Override
    public Checked check(Path backup) throws IOException {
        BackupManifest m = BackupFile.read(backup).manifest();
        return new Checked(m.createdAt(), m.entries());
    }

    @Override
    public void writeText(Path file, String text) throws IOException {
        FileSafety.writeAtomically(file, text);
    }

    /** Whether a restore waits for the next start. */
    public boolean restorePending() {
        return Files.exists(folder.resolve(PENDING));
    }

    /**
     * Carries out a restore chosen before (at start, before the stores read anything); the message for the user, or
     * empty when none was waiting. A crash half-way leaves the mark, so the next start does it again.
     */
    public Optional<Notice> applyPending() {
        Path mark = folder.resolve(PENDING);
        String name;
        try {
            name = Files.readString(mark, StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(Notice.of("restore.unknown", FileProblem.why(e)));
        }
        try {
            if (name.isEmpty() || name.contains("/") || name.contains("\\")) {
                throw new NoticeException(Notice.of("restore.badName"));
            }
            BackupFile backup = BackupFile.read(folder.resolve(name));
            Path before = restore(backup);
            Files.deleteIfExists(mark);
            return Optional.of(Notice.of("restore.done", backup.manifest().createdAt().atZone(clock.getZone()),
                    backup.manifest().entries(), before.getFileName().toString()));
        } catch (IOException e) {
            try {
                Files.deleteIfExists(mark);
            } catch (IOException ignored) {
                // the mark stays; the next start tries again and says so again
            }
            return Optional.of(e instanceof NoticeException n ? n.notice()
                    : Notice.of("restore.failed", FileProblem.why(e)));
        }
    }

    /**
     * Saves the data as it is as a backup, then replaces both files with the backup's, each atomically (a file the
     * backup does not have is removed: it is in the backup just made). Returns the backup of the data as it was.
     */
    public Path restore(BackupFile backup) throws IOException {
        Path before = hasData() ? snapshot(BackupManifest.BEFORE_RESTORE) : null;
        for (String name : BackupFile.DATA_FILES) {
            byte[] bytes = backup.file(name);
            if (bytes == null) {
                Files.deleteIfExists(dataDir.resolve(name));
            } else {
                FileSafety.writeAtomically(dataDir.resolve(name), bytes, Disk.REAL);
            }
        }
        prune();
        return before == null ? folder : before;
    }

    private List<Path> files() {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Path freeName(Path dir, String base) {
        Path p = dir.resolve(base + ".zip");
        for (int n = 1; Files.exists(p); n++) {
            p = dir.resolve(base + "-" + n + ".zip");
        }
        return p;
    }
}
