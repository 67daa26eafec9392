package org.backspasm.core.content;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Type adapters that take texts, whole numbers and true/false only as themselves: Gson on its own would read
 * {@code "yes"} as false and {@code 5} as the text "5", hiding a mistake in a content file.
 */
final class StrictTypes {
    private StrictTypes() {
    }

    /** A value of the wrong type, at a JSON path. */
    static final class WrongType extends JsonParseException {
        private static final long serialVersionUID = 1L;
        final String path;

        WrongType(String path, String reason) {
            super(reason);
            this.path = path;
        }
    }

    static GsonBuilder register(GsonBuilder b) {
        TypeAdapter<String> text = new Adapter<>() {
            @Override
            String read(JsonReader in, JsonToken token, String path) throws IOException {
                if (token != JsonToken.STRING) {
                    throw new WrongType(path, "must be a text in quotes, not " + describe(in, token));
                }
                return in.nextString();
            }
        };
        TypeAdapter<Integer> whole = new Adapter<>() {
            @Override
            Integer read(JsonReader in, JsonToken token, String path) throws IOException {
                if (token != JsonToken.NUMBER) {
                    throw new WrongType(path, "must be a whole number, not " + describe(in, token));
                }
                String n = in.nextString();
                try {
                    return new BigDecimal(n).intValueExact();
                } catch (ArithmeticException | NumberFormatException e) {
                    throw new WrongType(path, "must be a whole number, not " + n);
                }
            }
        };
        TypeAdapter<Boolean> flag = new Adapter<>() {
            @Override
            Boolean read(JsonReader in, JsonToken token, String path) throws IOException {
                if (token != JsonToken.BOOLEAN) {
                    throw new WrongType(path, "must be true or false, not " + describe(in, token));
                }
                return in.nextBoolean();
            }
        };
        return b.registerTypeAdapter(String.class, text)
                .registerTypeAdapter(Integer.class, whole).registerTypeAdapter(int.class, whole)
                .registerTypeAdapter(Boolean.class, flag).registerTypeAdapter(boolean.class, flag);
    }

    private static String describe(JsonReader in, JsonToken token) throws IOException {
        return switch (token) {
            case STRING -> "the text \"" + in.nextString() + "\"";
            case NUMBER -> "the number " + in.nextString();
            case BOOLEAN -> Boolean.toString(in.nextBoolean());
            case BEGIN_ARRAY -> "a list";
            case BEGIN_OBJECT -> "an object";
            default -> token.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** Reads null as null and hands every other token to {@link #read(JsonReader, JsonToken, String)}. */
    private abstract static class Adapter<T> extends TypeAdapter<T> {
        abstract T read(JsonReader in, JsonToken token, String path) throws IOException;

        @Override
        public T read(JsonReader in) throws IOException {
            JsonToken token = in.peek();
            if (token == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            return read(in, token, in.getPath());
        }

        @Override
        public void write(JsonWriter out, T value) {
            throw new UnsupportedOperationException("content files are only read");
        }
    }
}
