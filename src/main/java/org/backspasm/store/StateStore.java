package org.backspasm.store;

import org.backspasm.core.state.FileProblem;
import org.backspasm.core.state.Notice;
import org.backspasm.core.state.NoticeException;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executor;
import org.backspasm.core.state.SavedState;
import org.backspasm.core.state.Section;

/**
 * The app's current state (settings, the episode, a running timer...) as one small JSON document,
 * {@code state.json}: {@code {"schemaVersion": 1, "sections": {"settings": {...}, "therapy": {...}}}}.
 * Each feature owns a named section, listed in {@link org.backspasm.core.state.Sections}. Every change rewrites the whole document atomically on the writer executor.
 * Nothing unreadable is ever rewritten quietly: a file that cannot be read is moved aside and the app starts fresh;
 * a section that cannot be read starts fresh and the file as it was is kept beside it; a file from a newer version
 * is left exactly as it is and this version does not save over it.
 */
public final class StateStore implements SavedState {
    public static final int SCHEMA_VERSION = 1;
    public static final String FILE_NAME = "state.json";
    /**
     * The instant of the document's last save, at its top level: of two copies a sync service kept, the one used
     * last wins ({@link SyncFolder}).
     */
    public static final String LAST_SEEN = "lastSeen";

    private final Path file;
    private final Executor writer;
    private final StoreNotices notices;
    private final Clock clock;
    private final Disk disk;
    private final JsonObject doc;
    private final JsonObject sections;
    /** The file as read at start, for keeping a copy when a part of it cannot be used; null when there was none. */
    private byte[] original;
    private Path keptCopy;
    /** Set when the file belongs to a newer version: the app then works in memory and never writes it. */
    private final boolean handsOff;

    private StateStore(Path file, Executor writer, StoreNotices notices, Clock clock, Disk disk, Contents loaded) {
        this.file = file;
        this.writer = writer;
        this.notices = notices;
        this.clock = clock;
        this.disk = disk;
        this.doc = loaded.doc;
        this.sections = doc.getAsJsonObject("sections");
        this.original = loaded.bytes;
        this.handsOff = loaded.newer;
    }

    private record Contents(JsonObject doc, byte[] bytes, boolean newer) {
        static Contents fresh() {
            JsonObject doc = new JsonObject();
            doc.add("sections", new JsonObject());
            return new Contents(doc, null, false);
        }
    }

    /** Reads {@code state.json} in the folder (or starts empty). */
    public static StateStore open(Path dir, Executor writer, StoreNotices notices, Clock clock) {
        return open(dir, writer, notices, clock, Disk.REAL);
    }

    /** The same, writing through the disk given (tests use one that fails like a full disk). */
    public static StateStore open(Path dir, Executor writer, StoreNotices notices, Clock clock, Disk disk) {
        Path file = dir.resolve(FILE_NAME);
        FileSafety.removeStaleTempFiles(file);
        return new StateStore(file, writer, notices, clock, disk, load(file, notices, clock));
    }

    /** Reads without any side effect on disk: for {@code --status}, which must not move files. */
    public static JsonObject readOnly(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        byte[] bytes;
        try {
            if (Files.size(file) > StateFile.MAX_BYTES) {
                throw new NoticeException(Notice.of("file.unreadable", file.toString(), Notice.of("reason.tooLarge")));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new JsonObject();
        } catch (NoticeException e) {
            throw e;
        } catch (IOException e) {
            throw new NoticeException(Notice.of("file.unreadable", file.toString(), FileProblem.why(e)), e);
        }
        try {
            return StateFile.parse(file, bytes).getAsJsonObject("sections");
        } catch (NewerDataException e) {
            throw e;
        } catch (IOException e) { // what is wrong inside is for the log: the user is told it is damaged
            throw new NoticeException(Notice.of("file.unreadable", file.toString(), Notice.of("reason.damaged")), e);
        }
    }

    /** A section decoded strictly (as {@link #get} does), or an exception saying why it cannot be used. */
    public static <T> T decode(JsonElement raw, Section<T> section) {
        T value = StateFile.decode(raw, section.type());
        if (!section.valid().test(value)) {
            throw new JsonParseException("not a value this app uses");
        }
        return value;
    }

    private static Contents load(Path file, StoreNotices notices, Clock clock) {
        byte[] bytes;
        try {
            if (Files.size(file) > StateFile.MAX_BYTES) {
                return moveAside(file, notices, clock, Notice.of("reason.tooLarge"));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Contents.fresh();
        } catch (IOException e) {
            notices.report(Notice.of("state.cannotOpen", FileProblem.why(e)));
            return Contents.fresh();
        }
        try {
            return new Contents(StateFile.parse(file, bytes), bytes, false);
        } catch (NewerDataException e) {
            notices.report(Notice.of("state.newer", e.found(), file.getFileName().toString()));
            Contents fresh = Contents.fresh();
            return new Contents(fresh.doc, bytes, true);
        } catch (IOException e) {
            return moveAside(file, notices, clock, Notice.of("reason.damaged"));
        }
    }

    private static Contents moveAside(Path file, StoreNotices notices, Clock clock, Notice why) {
        try {
            Path aside = FileSafety.moveAside(file, "unreadable", clock);
            notices.report(Notice.of("state.movedAside", why, aside.getFileName().toString(),
                    file.getParent().toString()));
        } catch (IOException moveFailed) {
            notices.report(Notice.of("state.cannotMoveAside", FileProblem.why(moveFailed)));
        }
        return Contents.fresh();
    }

    public Path file() {
        return file;
    }

    /**
     * The section decoded, or its fallback when it is absent. A section that does not fit its record (bad values,
     * unknown fields, a value the section refuses) starts fresh with the fallback: the file as it was is kept beside
     * it and the user is told.
     */
    @Override
    public <T> T get(Section<T> section) {
        return get(section, section.fallback());
    }

    /** The same with another fallback (the settings' defaults depend on the user's country). */
    public synchronized <T> T get(Section<T> section, T fallback) {
        JsonElement raw = sections.get(section.key());
        if (raw == null || raw.isJsonNull()) {
            return fallback;
        }
        try {
            return decode(raw, section);
        } catch (RuntimeException e) {
            keepUnreadableSection(section, raw);
            return fallback;
        }
    }

    /** What a section holds, in words for the user (a text of the notices bundle). */
    static Notice nameOf(Section<?> section) {
        return switch (section.key()) {
            case "settings" -> Notice.of("section.settings");
            case "alerts" -> Notice.of("section.alerts");
            case "window" -> Notice.of("section.window");
            case "episode" -> Notice.of("section.episode");
            case "therapy" -> Notice.of("section.therapy");
            case "stretch" -> Notice.of("section.stretch");
            case "redflag" -> Notice.of("section.redflag");
            default -> Notice.of("section.other", section.capitalName()); // a section added without its text
        };
    }

    private void keepUnreadableSection(Section<?> section, JsonElement raw) {
        sections.remove(section.key());
        Notice what = nameOf(section);
        try {
            if (keptCopy == null) {
                byte[] bytes = original != null ? original : raw.toString().getBytes(StandardCharsets.UTF_8);
                keptCopy = FileSafety.keepBeside(file, bytes, "unreadable", clock);
                original = null;
            }
            notices.report(Notice.of("section.keptAside", what, keptCopy.getFileName().toString(),
                    file.getParent().toString()));
            save(); // without the part, so the next start does not find it again
        } catch (IOException e) {
            notices.report(Notice.of("section.startsFresh", what));
        }
    }

    /** Replaces a section and saves the document (in the background when the writer is asynchronous). */
    @Override
    public <T> void put(Section<T> section, T value) {
        synchronized (this) {
            if (value == null) {
                sections.remove(section.key());
            } else {
                sections.add(section.key(), Json.gson().toJsonTree(value));
            }
            save();
        }
    }

    private synchronized void save() {
        if (handsOff) {
            return;
        }
        JsonObject out = new JsonObject();
        out.addProperty("schemaVersion", SCHEMA_VERSION);
        out.addProperty(LAST_SEEN, clock.instant().toString());
        doc.entrySet().stream().filter(e -> !e.getKey().equals("schemaVersion") && !e.getKey().equals(LAST_SEEN))
                .forEach(e -> out.add(e.getKey(), e.getValue().deepCopy()));
        byte[] bytes = Json.gson().toJson(out).getBytes(StandardCharsets.UTF_8);
        writer.execute(() -> save(bytes));
    }

    private void save(byte[] bytes) {
        try {
            FileSafety.writeAtomically(file, bytes, disk);
            notices.savingWorks();
        } catch (IOException e) {
            notices.savingFailed(file.getParent(), e);
        }
    }
}
