package org.backspasm.core.content;

import java.util.ArrayList;
import java.util.List;

/**
 * The one validator for content files: it stands at a place in a file (a JSON path) and checks the values Gson
 * bound there. Every complaint is a {@link ContentException} naming the file, the path and the reason.
 * Missing values arrive as {@code null} (content records use boxed types for that reason).
 */
public final class ContentCheck {
    private final String file;
    private final String path;

    private ContentCheck(String file, String path) {
        this.file = file;
        this.path = path;
    }

    /** The whole file. */
    public static ContentCheck of(String file) {
        return new ContentCheck(file, "$");
    }

    public ContentCheck at(String field) {
        return new ContentCheck(file, path + "." + field);
    }

    public ContentCheck at(int index) {
        return new ContentCheck(file, path + "[" + index + "]");
    }

    public String file() {
        return file;
    }

    public String path() {
        return path;
    }

    public ContentException fail(String reason) {
        return new ContentException(file, path, reason);
    }

    public void require(boolean ok, String reason) throws ContentException {
        if (!ok) {
            throw fail(reason);
        }
    }

    /** An object that must be there. */
    public <T> T object(String field, T value) throws ContentException {
        if (value == null) {
            throw at(field).fail("is missing");
        }
        return value;
    }

    public String text(String field, String value) throws ContentException {
        if (value == null || value.isBlank()) {
            throw at(field).fail("is missing or empty");
        }
        return value.strip();
    }

    /** A text that may be left out (then ""), but is not blank when given. */
    public String optionalText(String field, String value) throws ContentException {
        return value == null ? "" : text(field, value);
    }

    public int number(String field, Integer value, int min, int max) throws ContentException {
        if (value == null) {
            throw at(field).fail("is missing");
        }
        if (value < min || value > max) {
            throw at(field).fail("must be a whole number from " + min + " to " + max + ", not " + value);
        }
        return value;
    }

    public int optionalNumber(String field, Integer value, int min, int max, int fallback) throws ContentException {
        return value == null ? fallback : number(field, value, min, max);
    }

    public boolean flag(Boolean value) {
        return value != null && value;
    }

    public <E extends Enum<E>> E choice(String field, String value, Class<E> type) throws ContentException {
        String name = text(field, value);
        List<String> names = new ArrayList<>();
        for (E c : type.getEnumConstants()) {
            if (c.name().equals(name)) {
                return c;
            }
            names.add(c.name());
        }
        throw at(field).fail("must be one of " + String.join(", ", names) + ", not " + name);
    }

    /** A list that must be there; {@code mayBeEmpty} also lets it be left out. */
    public <T> List<T> list(String field, List<T> value, boolean mayBeEmpty) throws ContentException {
        if (value == null) {
            if (mayBeEmpty) {
                return List.of();
            }
            throw at(field).fail("is missing");
        }
        if (!mayBeEmpty && value.isEmpty()) {
            throw at(field).fail("must not be empty");
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i) == null) {
                throw at(field).at(i).fail("is empty");
            }
        }
        return value;
    }

    /** A list of non-empty texts, stripped. */
    public List<String> texts(String field, List<String> value, boolean mayBeEmpty) throws ContentException {
        List<String> out = new ArrayList<>();
        List<String> in = list(field, value, mayBeEmpty);
        for (int i = 0; i < in.size(); i++) {
            if (in.get(i).isBlank()) {
                throw at(field).at(i).fail("must be a non-empty text");
            }
            out.add(in.get(i).strip());
        }
        return List.copyOf(out);
    }

    /** At least one source id, each one in the registry. */
    public List<String> sources(String field, List<String> value, SourceRegistry registry) throws ContentException {
        List<String> ids = texts(field, value, false);
        for (int i = 0; i < ids.size(); i++) {
            if (!registry.has(ids.get(i))) {
                throw at(field).at(i).fail("is not a source in " + SourceRegistry.FILE + ": " + ids.get(i));
            }
        }
        return ids;
    }
}
