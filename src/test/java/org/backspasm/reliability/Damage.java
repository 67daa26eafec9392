package org.backspasm.reliability;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

/** Ways a data file gets damaged, each a function from the file's valid bytes to damaged ones. */
final class Damage {
    static final int MB = 1024 * 1024;

    private Damage() {
    }

    static byte[] randomBytes(long seed, int size) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    static byte[] truncated(byte[] valid) {
        return Arrays.copyOf(valid, valid.length * 2 / 3);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    /** The first occurrence of the text replaced (it must be there: a damage that misses would test nothing). */
    static byte[] replaceFirst(byte[] valid, String what, String with) {
        String s = text(valid);
        int at = s.indexOf(what);
        if (at < 0) {
            throw new IllegalArgumentException(what + " is not in " + s);
        }
        return utf8(s.substring(0, at) + with + s.substring(at + what.length()));
    }

    /** Bytes that are not UTF-8 put inside the first string that holds the text. */
    static byte[] invalidUtf8(byte[] valid, String inside) {
        String s = text(valid);
        int at = s.indexOf(inside);
        if (at < 0) {
            throw new IllegalArgumentException(inside + " is not in " + s);
        }
        return concat(utf8(s.substring(0, at)), new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF}, utf8(s.substring(at)));
    }

    /** The same JSON with every primitive value changed. */
    static byte[] everyValue(byte[] valid, UnaryOperator<JsonPrimitive> change) {
        JsonElement tree = JsonParser.parseString(text(valid));
        return utf8(new GsonBuilder().serializeNulls().create().toJson(map(tree, change)));
    }

    static JsonPrimitive stringForNumber(JsonPrimitive p) {
        return p.isNumber() ? new JsonPrimitive(p.getAsString()) : p;
    }

    private static JsonElement map(JsonElement e, UnaryOperator<JsonPrimitive> change) {
        if (e.isJsonObject()) {
            JsonObject out = new JsonObject();
            for (Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet()) {
                out.add(m.getKey(), map(m.getValue(), change));
            }
            return out;
        }
        if (e.isJsonArray()) {
            JsonArray out = new JsonArray();
            e.getAsJsonArray().forEach(x -> out.add(map(x, change)));
            return out;
        }
        if (e.isJsonPrimitive()) {
            JsonPrimitive p = change.apply(e.getAsJsonPrimitive());
            return p == null ? JsonNull.INSTANCE : p;
        }
        return e;
    }

    /** A valid JSON document of about the size given, one long string in an unknown section. */
    static byte[] hugeState(int size) {
        byte[] head = utf8("{\"schemaVersion\":1,\"sections\":{\"junk\":\"");
        byte[] tail = utf8("\"}}");
        byte[] out = new byte[size];
        System.arraycopy(head, 0, out, 0, head.length);
        Arrays.fill(out, head.length, size - tail.length, (byte) 'x');
        System.arraycopy(tail, 0, out, size - tail.length, tail.length);
        return out;
    }

    /** About the size given of lines that are not entries, each ending in a newline. */
    static byte[] garbageLines(int size, int lineLength) {
        byte[] out = new byte[size];
        Arrays.fill(out, (byte) 'x');
        for (int i = lineLength - 1; i < size; i += lineLength) {
            out[i] = '\n';
        }
        out[size - 1] = '\n';
        return out;
    }

    /** A pain rating line whose note is about the size given. */
    static byte[] hugeLine(int size) {
        StringBuilder note = new StringBuilder(size);
        note.append("x".repeat(size));
        return utf8("{\"type\":\"PainRating\",\"at\":\"2026-11-22T09:00:00Z\",\"score\":3,\"note\":\"" + note + "\"}\n");
    }
}
