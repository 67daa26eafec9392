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
import java.time.LocalTime;
import java.util.function.Function;

/**
 * The one Gson the app uses for its files: java.time values as ISO-8601 strings, nulls left out, and the journal's
 * closed types read leniently (an unknown name is UNKNOWN, see {@link LenientEnums}).
 */
public final class Json {
    // A value no copy of the app can have written is refused like bad syntax, so it is never quietly "corrected":
    // an instant or date outside FIRST_YEAR..LAST_YEAR (a year 99999, say) or a negative duration.
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2199;
    static final Instant EARLIEST = Instant.parse(FIRST_YEAR + "-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse((LAST_YEAR + 1) + "-01-01T00:00:00Z");
    private static final Gson GSON = new GsonBuilder()
            .registerTypeAdapter(Instant.class, isoAdapter(IsoInstant::parse).nullSafe())
            .registerTypeAdapter(Duration.class, isoAdapter(Duration::parse).nullSafe())
            .registerTypeAdapter(LocalDate.class, isoAdapter(LocalDate::parse).nullSafe())
            .registerTypeAdapter(LocalTime.class, isoAdapter(LocalTime::parse).nullSafe())
            .registerTypeAdapterFactory(new LenientEnums())
            .disableHtmlEscaping()
            .create();

    private Json() {
    }

    public static Gson gson() {
        return GSON;
    }

    /** True for a value this app can have written: see {@link #FIRST_YEAR}, {@link #LAST_YEAR}. */
    static boolean plausible(Object value) {
        if (value instanceof Instant i) {
            return !i.isBefore(EARLIEST) && i.isBefore(LATEST);
        }
        if (value instanceof LocalDate d) {
            return d.getYear() >= FIRST_YEAR && d.getYear() <= LAST_YEAR;
        }
        return !(value instanceof Duration d) || !d.isNegative();
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
                T value;
                try {
                    value = parse.apply(text);
                } catch (RuntimeException e) {
                    throw new IOException("not a valid date or time: " + text, e);
                }
                if (!plausible(value)) {
                    throw new IOException("out of range: " + text);
                }
                return value;
            }
        };
    }
}
