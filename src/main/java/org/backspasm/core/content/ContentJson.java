package org.backspasm.core.content;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a content file and binds it into records with Gson. A file that is not JSON, or holds a value of the wrong
 * type, becomes a {@link ContentException} with the JSON path Gson reports; {@link ContentCheck} validates the rest.
 */
public final class ContentJson {
    /** Where the content files live on the class path. */
    public static final String FOLDER = "/org/backspasm/content/";

    private static final Gson GSON = StrictTypes.register(new GsonBuilder()).setStrictness(Strictness.STRICT).create();
    private static final Pattern WHERE = Pattern.compile("\\s*at line \\d+ column \\d+ path (\\S+)");

    private ContentJson() {
    }

    /** Binds {@code json} (the text of {@code file}) into {@code type}. */
    public static <T> T bind(String file, String json, Class<T> type) throws ContentException {
        if (json == null || json.isBlank()) {
            throw new ContentException(file, "$", "the file is empty");
        }
        T value;
        try {
            JsonElement tree = GSON.fromJson(json, JsonElement.class);
            if (tree != null) {
                KnownFields.check(ContentCheck.of(file), tree, type);
            }
            value = GSON.fromJson(tree, type);
        } catch (JsonParseException e) {
            throw fromGson(file, e);
        }
        if (value == null) {
            throw new ContentException(file, "$", "the file holds no JSON object");
        }
        return value;
    }

    /** The text of a content file shipped in {@link #FOLDER}. */
    public static String resource(String file) throws ContentException {
        return resource(file, FOLDER + file);
    }

    /** The text of a content file shipped elsewhere on the class path, named {@code file} in complaints. */
    public static String resource(String file, String classPath) throws ContentException {
        try (InputStream in = ContentJson.class.getResourceAsStream(classPath)) {
            if (in == null) {
                throw new ContentException(file, "$", "the file is missing from the app");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ContentException(file, "$", "the file could not be read (" + e.getMessage() + ")", e);
        }
    }

    static ContentException fromGson(String file, JsonParseException e) {
        if (e instanceof StrictTypes.WrongType w) {
            return new ContentException(file, w.path, w.getMessage(), e);
        }
        Throwable root = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        message = message.lines().findFirst().orElse(message);
        String path = "$";
        Matcher m = WHERE.matcher(message);
        if (m.find()) {
            path = m.group(1);
            message = message.substring(0, m.start()) + message.substring(m.end());
        }
        String reason;
        if (root instanceof MalformedJsonException || root instanceof EOFException) {
            reason = "is not valid JSON (" + message.strip() + ")";
        } else if (root instanceof NumberFormatException) {
            reason = "must be a number (" + message.strip() + ")";
        } else {
            reason = "has the wrong type (" + message.strip() + ")";
        }
        return new ContentException(file, path, reason, e);
    }
}
