package org.backspasm.store;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reading {@code state.json} strictly: the bytes must be UTF-8, the document an object with a numeric
 * {@code schemaVersion} this version knows, and each section must decode to its type with nothing left over (an
 * unknown field, or a string where a number belongs, would otherwise be dropped or changed at the next save).
 */
final class StateFile {
    /** Far more than the app ever writes (a few kilobytes); a bigger file is not one of ours. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    private StateFile() {
    }

    static String decodeUtf8(byte[] bytes) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not valid UTF-8 text", e);
        }
    }

    /** The whole document, checked; a newer schema is a {@link NewerDataException}. */
    static JsonObject parse(Path file, byte[] bytes) throws IOException {
        if (bytes.length > MAX_BYTES) {
            throw new IOException("far too large (" + bytes.length / (1024 * 1024) + " MB)");
        }
        JsonElement root;
        try {
            root = JsonParser.parseString(decodeUtf8(bytes));
        } catch (JsonParseException | StackOverflowError e) {
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
        double v = version.getAsDouble();
        if (v != Math.rint(v) || v < 1) {
            throw new IOException("schemaVersion " + version + " is not a version");
        }
        if (v > StateStore.SCHEMA_VERSION) {
            throw new NewerDataException(file, v > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) v,
                    StateStore.SCHEMA_VERSION);
        }
        JsonElement sections = obj.get("sections");
        if (sections == null || sections.isJsonNull()) {
            obj.add("sections", new JsonObject());
        } else if (!sections.isJsonObject()) {
            throw new IOException("sections is not an object");
        }
        return obj;
    }

    /**
     * The section decoded as the type, or an exception when it does not fit: bad values (the type's constructor
     * refuses them), or anything the type would silently drop or change when saved again.
     */
    static <T> T decode(JsonElement raw, Class<T> type) {
        T value = Json.gson().fromJson(raw, type);
        if (value == null) {
            throw new JsonParseException("empty");
        }
        String lost = lostIn(raw, Json.gson().toJsonTree(value), "");
        if (lost != null) {
            throw new JsonParseException("would not be kept: " + lost);
        }
        return value;
    }

    /** The first path whose stored value would not survive being read and saved again, or null. */
    private static String lostIn(JsonElement raw, JsonElement kept, String path) {
        if (raw == null || raw.isJsonNull()) {
            return null;
        }
        if (kept == null || kept.isJsonNull()) {
            return path.isEmpty() ? "the value" : path;
        }
        if (raw.isJsonObject()) {
            if (!kept.isJsonObject()) {
                return path;
            }
            for (Map.Entry<String, JsonElement> e : raw.getAsJsonObject().entrySet()) {
                String lost = lostIn(e.getValue(), kept.getAsJsonObject().get(e.getKey()), path + "/" + e.getKey());
                if (lost != null) {
                    return lost;
                }
            }
            return null;
        }
        if (raw.isJsonArray()) {
            if (!kept.isJsonArray() || kept.getAsJsonArray().size() != raw.getAsJsonArray().size()) {
                return path;
            }
            for (int i = 0; i < raw.getAsJsonArray().size(); i++) {
                String lost = lostIn(raw.getAsJsonArray().get(i), kept.getAsJsonArray().get(i), path + "/" + i);
                if (lost != null) {
                    return lost;
                }
            }
            return null;
        }
        if (!kept.isJsonPrimitive() || !sameKind(raw.getAsJsonPrimitive(), kept.getAsJsonPrimitive())) {
            return path;
        }
        // a name the type does not know (a theme "PURPLE") or a text it would change is not kept either
        return raw.getAsJsonPrimitive().isString() && !raw.equals(kept) ? path : null;
    }

    private static boolean sameKind(JsonPrimitive a, JsonPrimitive b) {
        return a.isNumber() == b.isNumber() && a.isString() == b.isString() && a.isBoolean() == b.isBoolean();
    }
}
