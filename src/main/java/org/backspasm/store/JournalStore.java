package org.backspasm.store;

import org.backspasm.core.state.FileProblem;
import org.backspasm.core.state.Notice;
import org.backspasm.core.state.NoticeException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.backspasm.core.journal.Journal;
import org.backspasm.core.journal.JournalEntry;

/**
 * The append-only journal, {@code journal.jsonl}: one JSON entry a line, each written and forced to disk on its
 * own. On open, lines that cannot be read (a torn last line after a crash, damage, a kind from a newer version) are
 * reported once: the journal as it was is copied beside it, byte for byte, and the journal keeps its readable lines.
 * A write the disk refuses is cut back (never half a line), said once, and tried again with the next entry.
 * Entries are also kept in memory for the screens.
 */
public final class JournalStore implements Journal {
    public static final String FILE_NAME = "journal.jsonl";

    private final Path file;
    private final Executor writer;
    private final StoreNotices notices;
    private final List<JournalEntry> entries;
    /** The id of every entry in {@link #entries}: an entry already there is not added again. */
    private final java.util.Set<String> ids;
    private final List<Consumer<JournalEntry>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<List<JournalEntry>>> batchListeners = new CopyOnWriteArrayList<>();
    private final Disk disk;
    /** Lines not yet on disk (a save failed); written before the next one. Touched on the writer thread only. */
    private final List<String> unsaved = new ArrayList<>();
    /** The file ends without a newline that could not be cut off: the next write starts a new line first. */
    private boolean startNewLine;

    /** @param ids the id of every entry in {@code entries} (the scan's, taken over as they are) */
    private JournalStore(Path file, Executor writer, StoreNotices notices, Disk disk, List<JournalEntry> entries,
            java.util.Set<String> ids, boolean startNewLine) {
        this.file = file;
        this.writer = writer;
        this.notices = notices;
        this.disk = disk;
        this.entries = entries;
        this.ids = ids;
        this.startNewLine = startNewLine;
    }

    public static JournalStore open(Path dir, Executor writer, StoreNotices notices, Clock clock) {
        return open(dir, writer, notices, clock, Disk.REAL);
    }

    /** The same, writing through the disk given (tests use one that fails like a full disk). */
    public static JournalStore open(Path dir, Executor writer, StoreNotices notices, Clock clock, Disk disk) {
        Path file = dir.resolve(FILE_NAME);
        JournalScan scan;
        try {
            scan = JournalScan.of(file);
        } catch (IOException e) {
            notices.report(Notice.of("journal.cannotOpen", FileProblem.why(e)));
            return new JournalStore(file, writer, notices, disk, new ArrayList<>(), new java.util.HashSet<>(), true);
        }
        boolean damaged = scan.damaged() > 0 || scan.torn();
        boolean cutOff = damaged && keepAndLeaveOut(file, scan, notices, clock, disk);
        // the scan's list and id set are its own, made for this: taken over, not copied and hashed again
        return new JournalStore(file, writer, notices, disk, scan.entries(), scan.ids(), scan.torn() && !cutOff);
    }

    /** Reads every entry it can, without changing the file (for {@code --status} and exports). */
    public static List<JournalEntry> readOnly(Path dir) throws IOException {
        return JournalScan.of(dir.resolve(FILE_NAME)).entries();
    }

    /**
     * Checks the journal can be read whole, without changing it (for {@code --status}); the exception's message
     * says in words what is wrong.
     */
    public static void check(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        JournalScan scan = JournalScan.of(file);
        int n = scan.damaged();
        if (n > 0 && scan.torn()) {
            throw new NoticeException(Notice.of("journal.check.linesAndHalfWritten", n, file.toString()));
        } else if (n > 0) {
            throw new NoticeException(Notice.of("journal.check.lines", n, file.toString()));
        } else if (scan.torn()) {
            throw new NoticeException(Notice.of("journal.check.halfWritten", file.toString()));
        }
    }

    /**
     * Keeps the journal as it was beside it, byte for byte, then replaces it with its readable lines (byte for byte
     * too), so the damage is reported once and the journal reads clean afterwards. False when that failed: the
     * file is then left exactly as it was.
     */
    private static boolean keepAndLeaveOut(Path file, JournalScan scan, StoreNotices notices, Clock clock, Disk disk) {
        try {
            Path kept = FileSafety.keepBeside(file, scan.bytes(), "unreadable", clock);
            FileSafety.writeAtomically(file, scan.readableBytes(), disk);
            notices.report(Notice.of("journal.keptAside", scan.problem(), kept.getFileName().toString(),
                    file.getParent().toString()));
            return true;
        } catch (IOException e) {
            notices.report(Notice.of("journal.leftAsItIs", scan.problem()));
            return false;
        }
    }

    /** Every entry read or added, oldest first. */
    @Override
    public synchronized List<JournalEntry> entries() {
        return Collections.unmodifiableList(new ArrayList<>(entries));
    }

    /**
     * Adds the entry in memory at once, and to the file on the writer executor; an entry whose id is already in the
     * journal is the same entry again and changes nothing (see {@link JournalEntry#id()}).
     */
    @Override
    public void append(JournalEntry entry) {
        synchronized (this) {
            if (!ids.add(entry.id())) {
                return;
            }
            entries.add(entry);
        }
        String line = JournalCodec.encode(entry) + "\n";
        writer.execute(() -> write(line));
        listeners.forEach(l -> l.accept(entry));
    }

    /**
     * Adds the entries in memory, then writes them to the file in one write, forced to disk, on the writer executor:
     * the file gets all of them or, when the disk refuses, none (whatever part got written is cut off again), and
     * they are tried again with the next entry, like any unsaved line. An entry whose id is in the journal already
     * (or earlier in the batch) is left out, as {@link #append} leaves it out.
     */
    @Override
    public void appendAll(List<JournalEntry> batch) {
        List<JournalEntry> added = new ArrayList<>(batch.size());
        synchronized (this) {
            for (JournalEntry e : batch) {
                if (ids.add(e.id())) {
                    added.add(e);
                }
            }
            entries.addAll(added);
        }
        if (added.isEmpty()) {
            return;
        }
        StringBuilder lines = new StringBuilder(added.size() * 96);
        added.forEach(e -> lines.append(JournalCodec.encode(e)).append('\n'));
        String text = lines.toString();
        writer.execute(() -> write(text));
        List<JournalEntry> copy = List.copyOf(added);
        batchListeners.forEach(l -> l.accept(copy));
    }

    @Override
    public void onAppendAll(Consumer<List<JournalEntry>> listener) {
        batchListeners.add(listener);
    }

    /**
     * Appends the line (after any that failed before) and forces it to disk. When the disk refuses, whatever part
     * got written is cut off again, so the file never holds half an entry; the lines wait for the next try.
     */
    private void write(String line) {
        unsaved.add(line);
        flush();
    }

    /**
     * Adds, in one write forced to disk, the entries whose ids are not in the journal yet (each once), then in
     * memory, telling the listeners; returns them. Runs on the writer thread, after any append before it (so a sync
     * copy is merged in the order of the writes). Throws when the disk refuses: nothing is added then.
     */
    List<JournalEntry> addMissing(List<JournalEntry> from) throws IOException {
        List<JournalEntry> missing = new ArrayList<>();
        synchronized (this) {
            for (JournalEntry e : from) {
                if (ids.add(e.id())) {
                    missing.add(e);
                }
            }
        }
        if (missing.isEmpty()) {
            return missing;
        }
        List<String> lines = missing.stream().map(e -> JournalCodec.encode(e) + "\n").toList();
        unsaved.addAll(lines);
        if (!flush()) {
            unsaved.removeAll(lines);
            synchronized (this) {
                missing.forEach(e -> ids.remove(e.id()));
            }
            throw new NoticeException(Notice.of("reason.journalNotWritten"));
        }
        synchronized (this) {
            entries.addAll(missing);
        }
        missing.forEach(e -> listeners.forEach(l -> l.accept(e)));
        return missing;
    }

    /** Writes every unsaved line; true when they are all on disk. */
    private boolean flush() {
        StringBuilder text = new StringBuilder(startNewLine ? "\n" : "");
        unsaved.forEach(text::append);
        ByteBuffer buf = StandardCharsets.UTF_8.encode(text.toString());
        boolean created = !Files.exists(file);
        long before = -1;
        FileChannel ch = null;
        try {
            Files.createDirectories(file.getParent());
            ch = disk.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            before = ch.size();
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(false);
            if (created) {
                FileSafety.forceFolder(file.getParent());
            }
            unsaved.clear();
            startNewLine = false;
            notices.savingWorks();
            return true;
        } catch (IOException e) {
            cutBack(ch, before);
            notices.savingFailed(file.getParent(), e);
            return false;
        } finally {
            if (ch != null) {
                try {
                    ch.close();
                } catch (IOException e) {
                    // already reported or forced; nothing to add
                }
            }
        }
    }

    private static void cutBack(FileChannel ch, long size) {
        if (ch == null || size < 0) {
            return;
        }
        try {
            if (ch.size() > size) {
                ch.truncate(size);
                ch.force(false);
            }
        } catch (IOException e) {
            // the disk refuses even this; the next start finds a torn last line and keeps it aside
        }
    }

    /** Runs the task on the writer executor, after every write queued before it. */
    void onWriterThread(Runnable task) {
        writer.execute(task);
    }

    /** Called after every append, on the appending thread. */
    @Override
    public void onAppend(Consumer<JournalEntry> listener) {
        listeners.add(listener);
    }

    public Path file() {
        return file;
    }
}
