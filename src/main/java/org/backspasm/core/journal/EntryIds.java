package org.backspasm.core.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stable id of a journal entry: 32 lowercase hex digits, the first 16 bytes of the SHA-256 of the entry's
 * identity, written as {@code "id"} on its journal line. An entry made without an id (an old journal line, a new
 * entry made by the app) gets the id derived here, so the same entry has the same id on every computer and in every
 * copy of the journal; once written, the id is kept as it is. The identity is the kind's name followed by its
 * identifying fields, each as text (an instant in ISO-8601, an enum by name, null as {@code ~}) with its length in
 * front: {@code PainRating|20:2026-11-20T08:01:00Z|1:7|...}. Which fields identify each kind is listed in
 * {@code /work/DATA.md} and on each record.
 */
public final class EntryIds {
    /** Longer than any id the app makes; a longer one in a file makes that line unreadable. */
    public static final int MAX_LENGTH = 100;

    private EntryIds() {
    }

    /** The derived id of a kind and its identifying fields (Strings, numbers, instants, enums, lists, maps). */
    public static String derive(String kind, Object... fields) {
        StringBuilder key = new StringBuilder(kind.length() + 24 * fields.length).append(kind);
        for (Object f : fields) {
            key.append('|');
            append(key, f);
        }
        return hex(sha256(key.toString()), 16);
    }

    /** The id as given (trimmed), or the derived one when none was given; refuses an id no app could have written. */
    static String orDerived(String id, String kind, Object... fields) {
        if (id == null || id.isBlank()) {
            return derive(kind, fields);
        }
        String t = id.strip();
        if (t.length() > MAX_LENGTH || !t.chars().allMatch(c -> c > ' ' && c < 127)) {
            throw new IllegalArgumentException("not an entry id: " + id);
        }
        return t;
    }

    private static void append(StringBuilder key, Object f) {
        if (f == null) {
            key.append('~');
        } else if (f instanceof Collection<?> list) {
            key.append('[').append(list.size()).append(']');
            list.forEach(x -> {
                key.append(',');
                append(key, x);
            });
        } else if (f instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            key.append('{').append(sorted.size()).append('}');
            sorted.forEach((k, v) -> {
                key.append(',');
                append(key, k);
                key.append('=');
                append(key, v);
            });
        } else {
            String text = f instanceof Enum<?> e ? e.name() : f.toString();
            key.append(text.length()).append(':').append(text);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String hex(byte[] bytes, int count) {
        char[] out = new char[count * 2];
        String digits = "0123456789abcdef";
        for (int i = 0; i < count; i++) {
            out[2 * i] = digits.charAt((bytes[i] >> 4) & 0xf);
            out[2 * i + 1] = digits.charAt(bytes[i] & 0xf);
        }
        return new String(out);
    }
}
