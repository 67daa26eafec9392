package org.backspasm.store;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.backspasm.core.state.FileProblem;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.state.Notice;

/**
 * A data folder inside a folder that a sync service (Syncthing, Nextcloud, Dropbox, OneDrive) shares between
 * computers. When two computers changed a file at once, the service keeps both: the file and a conflict copy beside
 * it ({@link SyncCopies}). A copy of the journal is merged into it by entry id (every entry once), a copy of
 * {@code state.json} loses to the side used last ({@code "lastSeen"}); either way the copy is then kept in
 * {@code sync-conflicts/} and the user is told in plain words. Nothing is deleted.
 */
public final class SyncFolder {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final Path dir;
    private final JournalStore journal;
    private final StoreNotices notices;
    private final Clock clock;
    /** Copies that could not be dealt with and were reported: not reported again at every focus. */
    private final Set<Path> reported = new HashSet<>();

    public SyncFolder(Path dir, JournalStore journal, StoreNotices notices, Clock clock) {
        this.dir = dir;
        this.journal = journal;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * At start (after the stores are open) and whenever the window regains focus: merges the journal's conflict
     * copies and keeps the running state over a copy of {@code state.json}, on the journal's writer thread (after
     * the writes before). Only lists the folder when there is nothing to do.
     */
    public void check() {
        List<Path> journals = SyncCopies.of(dir, JournalStore.FILE_NAME);
        List<Path> states = SyncCopies.of(dir, StateStore.FILE_NAME);
        if (!journals.isEmpty() || !states.isEmpty()) {
            journal.onWriterThread(() -> {
                journals.forEach(this::mergeJournal);
                states.forEach(this::keepRunningState);
            });
        }
    }

    private void mergeJournal(Path copy) {
        if (!Files.exists(copy)) {
            return; // dealt with by a check queued before this one
        }
        String name = copy.getFileName().toString();
        JournalScan scan;
        List<JournalEntry> added;
        try {
            scan = JournalScan.of(Files.readAllBytes(copy));
            added = journal.addMissing(scan.entries());
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            reportOnce(copy, Notice.of("sync.journalNotMerged", name, FileProblem.why(e)));
            return;
        }
        boolean unreadable = scan.damaged() != 0 || scan.torn();
        Notice what = Notice.of("sync.added", added.size());
        try {
            Path aside = SyncCopies.putAside(copy);
            notices.report(Notice.of(unreadable ? "sync.journalMergedPartly" : "sync.journalMerged", name, what,
                    relative(aside), dir.toString()));
        } catch (IOException e) {
            reportOnce(copy, Notice.of(unreadable ? "sync.journalMergedPartlyNotMoved" : "sync.journalMergedNotMoved",
                    name, what, FileProblem.why(e)));
        }
    }

    /** While the app runs, its own settings and timer are the ones in use now: the copy is kept aside. */
    private void keepRunningState(Path copy) {
        if (!Files.exists(copy)) {
            return;
        }
        String name = copy.getFileName().toString();
        Instant seen = lastSeen(copy);
        try {
            Path aside = SyncCopies.putAside(copy);
            notices.report(seen == null
                    ? Notice.of("sync.stateKeptUnreadable", name, relative(aside), dir.toString())
                    : Notice.of("sync.stateKept", name, when(seen), relative(aside), dir.toString()));
        } catch (IOException e) {
            reportOnce(copy, Notice.of("sync.stateNotMoved", name, FileProblem.why(e)));
        }
    }

    /**
     * Before {@code state.json} is read at start: of it and each conflict copy of it, the one used last (its
     * {@code "lastSeen"}, else the time the file was changed) becomes {@code state.json}; the other is kept in
     * {@code sync-conflicts/}. A copy that cannot be read as this app's state never wins.
     */
    public static void settleStateAtStart(Path dir, StoreNotices notices, Clock clock) {
        Path main = dir.resolve(StateStore.FILE_NAME);
        for (Path copy : SyncCopies.of(dir, StateStore.FILE_NAME)) {
            Instant copySeen = lastSeen(copy);
            Instant mainSeen = Files.exists(main) ? lastSeen(main) : null;
            boolean copyWins = copySeen != null && (mainSeen == null || copySeen.isAfter(mainSeen));
            try {
                Path aside;
                if (copyWins) {
                    aside = Files.exists(main) ? SyncCopies.putAside(main,
                            StateStore.FILE_NAME + ".replaced-" + STAMP.format(clock.instant())) : null;
                    Files.move(copy, main);
                    FileSafety.forceFolder(dir);
                } else {
                    aside = SyncCopies.putAside(copy);
                }
                Instant kept = copyWins ? copySeen : mainSeen;
                Instant other = copyWins ? mainSeen : copySeen;
                Notice used = kept == null ? Notice.of("sync.usedLast")
                        : Notice.of("sync.usedLastOn", when(kept, clock.getZone()));
                Notice rest = aside == null ? null : other == null
                        ? Notice.of("sync.otherKept", relative(dir, aside), dir.toString())
                        : Notice.of("sync.otherKeptUsedOn", when(other, clock.getZone()), relative(dir, aside),
                                dir.toString());
                notices.report(rest == null ? Notice.of("sync.settled", used)
                        : Notice.of("sync.settledWithCopy", used, rest));
            } catch (IOException e) {
                notices.report(Notice.of("sync.settleFailed", copy.getFileName().toString(),
                        FileProblem.why(e), StateStore.FILE_NAME));
            }
        }
    }

    /** When the state document was last used: its {@code lastSeen}, else when the file changed; null when unusable. */
    static Instant lastSeen(Path file) {
        try {
            JsonObject doc = StateFile.parse(file, Files.readAllBytes(file));
            JsonElement seen = doc.get(StateStore.LAST_SEEN);
            if (seen != null && seen.isJsonPrimitive() && seen.getAsJsonPrimitive().isString()) {
                try {
                    return Instant.parse(seen.getAsString());
                } catch (RuntimeException e) {
                    // not an instant: fall back on the file's time
                }
            }
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void reportOnce(Path copy, Notice message) {
        if (reported.add(copy)) {
            notices.report(message);
        }
    }

    private ZonedDateTime when(Instant i) {
        return when(i, clock.getZone());
    }

    /** A date and time, written by the notice in the user's language. */
    private static ZonedDateTime when(Instant i, ZoneId zone) {
        return i.atZone(zone);
    }

    private String relative(Path aside) {
        return relative(dir, aside);
    }

    private static String relative(Path dir, Path aside) {
        return dir.relativize(aside).toString();
    }
}
