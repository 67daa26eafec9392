package org.backspasm.store;

import com.google.gson.JsonParseException;
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
import org.backspasm.core.journal.JournalEntry;

/**
 * The append-only journal, {@code journal.jsonl}: one JSON entry a line, each written and forced to disk on its
 * own. On open, a torn last line (a crash mid-write) is moved to a side file and reported; a damaged line in the
 * middle is left in place, skipped and reported. Entries are also kept in memory for the screens.
 */
public final class JournalStore {
    public static final String FILE_NAME = "journal.jsonl";

    private final Path file;
    private final Executor writer;
    private final StoreNotices notices;
    private final List<JournalEntry> entries;
    private final List<Consumer<JournalEntry>> listeners = new CopyOnWriteArrayList<>();

    private JournalStore(Path file, Executor writer, StoreNotices notices, List<JournalEntry> entries) {
        this.file = file;
        this.writer = writer;
        this.notices = notices;
        this.entries = entries;
    }

    public static JournalStore open(Path dir, Executor writer, StoreNotices notices, Clock clock) {
        Path file = dir.resolve(FILE_NAME);
        return new JournalStore(file, writer, notices, load(file, notices, clock));
    }

    /** Reads every entry it can, without changing the file (for {@code --status} and exports). */
    public static List<JournalEntry> readOnly(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        List<JournalEntry> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                try {
                    out.add(JournalCodec.decode(line));
                } catch (JsonParseException | IllegalStateException e) {
                    // skipped: the app reports damaged lines when it opens the journal
                }
            }
        }
        return out;
    }

    private static List<JournalEntry> load(Path file, StoreNotices notices, Clock clock) {
        List<JournalEntry> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            notices.report("Your journal could not be opened (" + e.getMessage() + "). New entries will still be added to it.");
            return out;
        }
        if (!text.isEmpty() && !text.endsWith("\n")) {
            int cut = text.lastIndexOf('\n') + 1;
            String torn = text.substring(cut);
            text = text.substring(0, cut);
            keepTornTail(file, torn, notices, clock);
        }
        String[] lines = text.split("\n", -1);
        int damaged = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(JournalCodec.decode(line));
            } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
                damaged++;
            }
        }
        if (damaged > 0) {
            notices.report(damaged + (damaged == 1 ? " journal entry" : " journal entries")
                    + " could not be read and were skipped. They are still in " + file.getFileName()
                    + ", unchanged.");
        }
        return out;
    }

    private static void keepTornTail(Path file, String torn, StoreNotices notices, Clock clock) {
        try {
            Path side = file.resolveSibling(FILE_NAME + ".torn");
            Files.writeString(side, torn, StandardCharsets.UTF_8);
            Path aside = FileSafety.moveAside(side, "kept", clock);
            long keep = keepTornBytes(file, torn);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(keep);
                ch.force(true);
            }
            notices.report("The last journal entry was only half written (the app or computer probably stopped "
                    + "while saving it), so it was skipped. Its text was kept in " + aside.getFileName() + ".");
        } catch (IOException e) {
            notices.report("The last journal entry was only half written and was skipped.");
        }
    }

    private static long keepTornBytes(Path file, String torn) throws IOException {
        return Files.size(file) - torn.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Every entry read or added, oldest first. */
    public synchronized List<JournalEntry> entries() {
        return Collections.unmodifiableList(new ArrayList<>(entries));
    }

    /** Adds the entry in memory at once, and to the file on the writer executor. */
    public void append(JournalEntry entry) {
        synchronized (this) {
            entries.add(entry);
        }
        String line = JournalCodec.encode(entry) + "\n";
        writer.execute(() -> write(line));
        listeners.forEach(l -> l.accept(entry));
    }

    private void write(String line) {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer buf = StandardCharsets.UTF_8.encode(line);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(false);
            }
        } catch (IOException e) {
            notices.report("A journal entry could not be saved (" + e.getMessage() + "). "
                    + "Check that the data folder " + file.getParent() + " is writable.");
        }
    }

    /** Called after every append, on the appending thread. */
    public void onAppend(Consumer<JournalEntry> listener) {
        listeners.add(listener);
    }

    public Path file() {
        return file;
    }
}
