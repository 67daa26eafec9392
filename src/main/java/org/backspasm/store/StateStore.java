package org.backspasm.store;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executor;

/**
 * The app's current state (settings, the episode, a running timer...) as one small JSON document,
 * {@code state.json}: {@code {"schemaVersion": 1, "sections": {"settings": {...}, "therapy": {...}}}}.
 * Each feature owns a named section. Every change rewrites the whole document atomically on the writer executor.
 * A file that cannot be parsed is moved aside and the app starts with defaults; a newer schema is refused.
 */
public final class StateStore {
    public static final int SCHEMA_VERSION = 1;
    public static final String FILE_NAME = "state.json";

    private final Path file;
    private final Executor writer;
    private final StoreNotices notices;
    private final Clock clock;
    private final JsonObject sections;

    private StateStore(Path file, Executor writer, StoreNotices notices, Clock clock, JsonObject sections) {
        this.file = file;
        this.writer = writer;
        this.notices = notices;
        this.clock = clock;
        this.sections = sections;
    }

    /** Reads {@code state.json} in the folder (or starts empty). */
    public static StateStore open(Path dir, Executor writer, StoreNotices notices, Clock clock) throws NewerDataException {
        Path file = dir.resolve(FILE_NAME);
        return new StateStore(file, writer, notices, clock, readSections(file, notices, clock));
    }

    /** Reads without any side effect on disk: for {@code --status}, which must not move files. */
    public static JsonObject readOnly(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new JsonObject();
        }
        return parse(file, text);
    }

    private static JsonObject readSections(Path file, StoreNotices notices, Clock clock) throws NewerDataException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new JsonObject();
        } catch (IOException e) {
            notices.report("Your saved settings could not be opened (" + e.getMessage() + "). The app started with defaults.");
            return new JsonObject();
        }
        try {
            return parse(file, text);
        } catch (NewerDataException e) {
            throw e;
        } catch (IOException e) {
            try {
                Path aside = FileSafety.moveAside(file, "unreadable", clock);
                notices.report("Your saved settings and timer file could not be read, so the app started fresh. "
                        + "The old file was kept as " + aside.getFileName() + " in " + file.getParent() + ".");
            } catch (IOException moveFailed) {
                notices.report("Your saved settings file could not be read or moved aside (" + moveFailed.getMessage()
                        + "). The app started with defaults and will save over it.");
            }
            return new JsonObject();
        }
    }

    private static JsonObject parse(Path file, String text) throws IOException {
        JsonElement root;
        try {
            root = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            throw new IOException("not valid JSON", e);
        }
        if (!root.isJsonObject()) {
            throw new IOException("not a JSON object");
        }
        JsonObject obj = root.getAsJsonObject();
        JsonElement version = obj.get("schemaVersion");
        if (version == null || !version.isJsonPrimitive() || !version.getAsJsonPrimitive().isNumber()) {
            throw new IOException("no schemaVersion");
        }
        int v = version.getAsInt();
        if (v > SCHEMA_VERSION) {
            throw new NewerDataException(file, v, SCHEMA_VERSION);
        }
        JsonElement sections = obj.get("sections");
        if (sections == null) {
            return new JsonObject();
        }
        if (!sections.isJsonObject()) {
            throw new IOException("sections is not an object");
        }
        return sections.getAsJsonObject();
    }

    public Path file() {
        return file;
    }

    /**
     * The section decoded as the type, or the fallback when it is absent. A section that no longer fits its type
     * is kept beside the state file and reported, and the fallback is used.
     */
    public synchronized <T> T get(String section, Class<T> type, T fallback) {
        JsonElement raw = sections.get(section);
        if (raw == null || raw.isJsonNull()) {
            return fallback;
        }
        try {
            T value = Json.gson().fromJson(raw, type);
            return value == null ? fallback : value;
        } catch (RuntimeException e) {
            keepUnreadableSection(section, raw);
            return fallback;
        }
    }

    private void keepUnreadableSection(String section, JsonElement raw) {
        sections.remove(section);
        Path aside = file.resolveSibling("state-" + section + ".json");
        try {
            FileSafety.writeAtomically(aside, raw.toString());
            aside = FileSafety.moveAside(aside, "unreadable", clock);
            notices.report("Part of your saved data (" + section + ") could not be read and was reset. "
                    + "It was kept as " + aside.getFileName() + ".");
        } catch (IOException e) {
            notices.report("Part of your saved data (" + section + ") could not be read and was reset.");
        }
    }

    /** Replaces a section and saves the document (in the background when the writer is asynchronous). */
    public void put(String section, Object value) {
        String text;
        synchronized (this) {
            if (value == null) {
                sections.remove(section);
            } else {
                sections.add(section, Json.gson().toJsonTree(value));
            }
            JsonObject doc = new JsonObject();
            doc.addProperty("schemaVersion", SCHEMA_VERSION);
            doc.add("sections", sections.deepCopy());
            text = Json.gson().toJson(doc);
        }
        writer.execute(() -> save(text));
    }

    private void save(String text) {
        try {
            FileSafety.writeAtomically(file, text);
        } catch (IOException e) {
            notices.report("Your latest change could not be saved (" + e.getMessage() + "). "
                    + "Check that the data folder " + file.getParent() + " is writable.");
        }
    }
}
