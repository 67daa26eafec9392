package org.backspasm.store;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.backspasm.core.journal.JournalEntry;

/**
 * One journal entry per line: the record's fields plus {@code "type"}, its simple class name. The type names come
 * from the sealed interface's permitted records, so there is no list to keep in step by hand.
 */
final class JournalCodec {
    private static final Map<String, Class<? extends JournalEntry>> TYPES = new HashMap<>();
    private static final Map<Class<?>, TypeAdapter<? extends JournalEntry>> ADAPTERS = new HashMap<>();

    static {
        for (Class<?> c : JournalEntry.class.getPermittedSubclasses()) {
            TYPES.put(c.getSimpleName(), c.asSubclass(JournalEntry.class));
            ADAPTERS.put(c, Json.gson().getAdapter(c.asSubclass(JournalEntry.class)));
        }
    }

    private JournalCodec() {
    }

    static String encode(JournalEntry entry) {
        JsonObject obj = Json.gson().toJsonTree(entry).getAsJsonObject();
        JsonObject line = new JsonObject();
        line.addProperty("type", entry.getClass().getSimpleName());
        obj.entrySet().forEach(e -> line.add(e.getKey(), e.getValue()));
        return Json.gson().toJson(line);
    }

    /** Decodes one line, or throws {@link JsonParseException} (also for an unknown type). */
    static JournalEntry decode(String line) {
        Class<? extends JournalEntry> leading = leadingType(line);
        if (leading != null) {
            return decode(line, leading);
        }
        JsonElement el = JsonParser.parseString(line);
        if (!el.isJsonObject()) {
            throw new JsonParseException("not an object");
        }
        JsonObject obj = el.getAsJsonObject();
        JsonElement type = obj.remove("type");
        Class<? extends JournalEntry> cls = type == null ? null : TYPES.get(type.getAsString());
        if (cls == null) {
            throw new JsonParseException("unknown entry type " + type);
        }
        return decode(obj, cls);
    }

    /**
     * The type named first on the line, as {@link #encode} writes it; read straight from the text, the line is then
     * decoded in one pass without building a tree (a journal of five years holds 100,000 lines). Null otherwise.
     */
    private static Class<? extends JournalEntry> leadingType(String line) {
        String head = "{\"type\":\"";
        if (!line.startsWith(head)) {
            return null;
        }
        int end = line.indexOf('"', head.length());
        return end < 0 ? null : TYPES.get(line.substring(head.length(), end));
    }

    /** One entry, strict JSON, nothing after it. */
    private static JournalEntry read(String text, TypeAdapter<? extends JournalEntry> adapter) {
        try {
            JsonReader in = new JsonReader(new StringReader(text));
            JournalEntry entry = adapter.read(in);
            if (in.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonParseException("more after the entry");
            }
            return entry;
        } catch (IOException e) {
            throw new JsonParseException(e.getMessage(), e);
        }
    }

    private static JournalEntry decode(Object json, Class<? extends JournalEntry> cls) {
        try {
            JournalEntry entry = json instanceof String text ? read(text, ADAPTERS.get(cls))
                    : Json.gson().fromJson((JsonElement) json, cls);
            if (entry == null) {
                throw new JsonParseException("empty entry");
            }
            return entry;
        } catch (JsonParseException e) {
            throw e;
        } catch (RuntimeException e) {
            // Gson wraps a record constructor's refusal (e.g. a pain score of 42) in a plain RuntimeException
            throw new JsonParseException(e.getMessage(), e);
        }
    }
}
