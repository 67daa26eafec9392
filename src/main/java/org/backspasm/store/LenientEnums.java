package org.backspasm.store;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Enums that declare an {@code UNKNOWN} constant (the closed types in the journal) are written as their name and
 * read back by name; a name this version does not know reads as UNKNOWN instead of failing the whole entry.
 * Other enums keep Gson's usual handling.
 */
final class LenientEnums implements TypeAdapterFactory {
    static final String UNKNOWN = "UNKNOWN";

    @Override
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        Class<? super T> raw = type.getRawType();
        if (!raw.isEnum() || raw.getEnumConstants() == null) {
            return null;
        }
        Map<String, Object> byName = new HashMap<>();
        Object unknown = null;
        for (Object c : raw.getEnumConstants()) {
            String name = ((Enum<?>) c).name();
            byName.put(name, c);
            if (UNKNOWN.equals(name)) {
                unknown = c;
            }
        }
        if (unknown == null) {
            return null;
        }
        return new EnumAdapter<>(byName, unknown);
    }

    private static final class EnumAdapter<T> extends TypeAdapter<T> {
        private final Map<String, Object> byName;
        private final Object unknown;

        EnumAdapter(Map<String, Object> byName, Object unknown) {
            this.byName = byName;
            this.unknown = unknown;
        }

        @Override
        public void write(JsonWriter out, T value) throws IOException {
            if (value == null) {
                out.nullValue();
            } else {
                out.value(((Enum<?>) value).name());
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public T read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            if (in.peek() != JsonToken.STRING) {
                in.skipValue();
                return (T) unknown;
            }
            return (T) byName.getOrDefault(in.nextString(), unknown);
        }
    }
}
