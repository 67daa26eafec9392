package org.backspasm.store;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * The one Gson the app uses for its files: java.time values as ISO-8601 strings, nulls left out, and the journal's
 * closed types read leniently (an unknown name is UNKNOWN, see {@link LenientEnums}).
 */
public final class Json {
    private static final Gson GSON = new GsonBuilder()
            .registerTypeAdapter(Instant.class, isoAdapter(Instant::parse).nullSafe())
            .registerTypeAdapter(Duration.class, isoAdapter(Duration::parse).nullSafe())
            .registerTypeAdapter(LocalDate.class, isoAdapter(LocalDate::parse).nullSafe())
            .registerTypeAdapterFactory(new LenientEnums())
            .disableHtmlEscaping()
            .create();

    private Json() {
    }

    public static Gson gson() {
        return GSON;
    }

    private static <T> TypeAdapter<T> isoAdapter(Function<String, T> parse) {
        return new TypeAdapter<>() {
            @Override
            public void write(JsonWriter out, T value) throws IOException {
                out.value(value.toString());
            }

            @Override
            public T read(JsonReader in) throws IOException {
                if (in.peek() == JsonToken.NULL) {
                    in.nextNull();
                    return null;
                }
                String text = in.nextString();
                try {
                    return parse.apply(text);
                } catch (RuntimeException e) {
                    throw new IOException("not a valid date or time: " + text, e);
                }
            }
        };
    }
}
