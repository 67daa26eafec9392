package org.backspasm.core.stretch;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** Reads the fields of one JSON object and names the file, item and field in every complaint. */
final class JsonFields {
    private final JsonObject obj;
    private final String where;
    private final String prefix;

    JsonFields(JsonObject obj, String where, String prefix) {
        this.obj = obj;
        this.where = where;
        this.prefix = prefix;
    }

    static JsonFields of(JsonElement e, String where, String field) throws ContentException {
        if (e == null || !e.isJsonObject()) {
            throw new ContentException(where + ": " + field + " must be an object");
        }
        return new JsonFields(e.getAsJsonObject(), where, "");
    }

    JsonFields child(String field) throws ContentException {
        JsonElement e = obj.get(field);
        if (e == null || !e.isJsonObject()) {
            throw fail(field, "is missing or not an object");
        }
        return new JsonFields(e.getAsJsonObject(), where, prefix + field + ".");
    }

    boolean has(String field) {
        return obj.has(field) && !obj.get(field).isJsonNull();
    }

    ContentException fail(String field, String problem) {
        return new ContentException(where + ": " + prefix + field + " " + problem);
    }

    String text(String field) throws ContentException {
        JsonElement e = obj.get(field);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()
                || e.getAsString().isBlank()) {
            throw fail(field, "is missing or empty");
        }
        return e.getAsString().strip();
    }

    String optionalText(String field) throws ContentException {
        return has(field) ? text(field) : "";
    }

    int number(String field, int min, int max) throws ContentException {
        JsonElement e = obj.get(field);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw fail(field, "is missing or not a number");
        }
        double d = e.getAsDouble();
        if (d != Math.rint(d) || d < min || d > max) {
            throw fail(field, "must be a whole number from " + min + " to " + max + ", not " + e.getAsString());
        }
        return (int) d;
    }

    int optionalNumber(String field, int min, int max, int fallback) throws ContentException {
        return has(field) ? number(field, min, max) : fallback;
    }

    <E extends Enum<E>> E choice(String field, Class<E> type) throws ContentException {
        String value = text(field);
        for (E c : type.getEnumConstants()) {
            if (c.name().equals(value)) {
                return c;
            }
        }
        List<String> names = new ArrayList<>();
        for (E c : type.getEnumConstants()) {
            names.add(c.name());
        }
        throw fail(field, "must be one of " + String.join(", ", names) + ", not " + value);
    }

    JsonArray array(String field, boolean mayBeEmpty) throws ContentException {
        JsonElement e = obj.get(field);
        if (e == null || !e.isJsonArray()) {
            throw fail(field, "is missing or not a list");
        }
        if (!mayBeEmpty && e.getAsJsonArray().isEmpty()) {
            throw fail(field, "must not be empty");
        }
        return e.getAsJsonArray();
    }

    List<String> texts(String field, boolean mayBeEmpty) throws ContentException {
        if (mayBeEmpty && !has(field)) {
            return List.of();
        }
        JsonArray a = array(field, mayBeEmpty);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            JsonElement e = a.get(i);
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString() || e.getAsString().isBlank()) {
                throw fail(field + "[" + i + "]", "must be a non-empty text");
            }
            out.add(e.getAsString().strip());
        }
        return out;
    }

    List<String> sources(String field) throws ContentException {
        List<String> ids = texts(field, false);
        for (int i = 0; i < ids.size(); i++) {
            if (!SourceIds.KNOWN.contains(ids.get(i))) {
                throw fail(field + "[" + i + "]", "is not a known source id: " + ids.get(i));
            }
        }
        return ids;
    }

    JsonFields element(JsonArray a, int i, String field) throws ContentException {
        JsonElement e = a.get(i);
        if (!e.isJsonObject()) {
            throw fail(field + "[" + i + "]", "must be an object");
        }
        return new JsonFields(e.getAsJsonObject(), where, prefix + field + "[" + i + "].");
    }
}
