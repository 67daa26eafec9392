package org.backspasm.store;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.HashMap;
import java.util.Map;
import org.backspasm.core.journal.JournalEntry;

/**
 * One journal entry per line: the record's fields plus {@code "type"}, its simple class name. The type names come
 * from the sealed interface's permitted records, so there is no list to keep in step by hand.
 */
final class JournalCodec {
    private static final Map<String, Class<? extends JournalEntry>> TYPES = new HashMap<>();

    static {
        for (Class<?> c : JournalEntry.class.getPermittedSubclasses()) {
            TYPES.put(c.getSimpleName(), c.asSubclass(JournalEntry.class));
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
        try {
            JournalEntry entry = Json.gson().fromJson(obj, cls);
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
