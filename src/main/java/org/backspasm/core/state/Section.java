package org.backspasm.core.state;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * One named part of the saved state ({@code state.json}): its key in the file, the record it holds, the value used
 * when it is absent, what it holds in words people read (in messages about a damaged file), and a check on a decoded
 * value beyond what the record's own constructor refuses. Every section is listed once, in {@link Sections}.
 *
 * @param key      the name of the part in the file; never renamed (files already written use it)
 * @param type     the record it decodes to
 * @param fallback the value when the part is absent or could not be read; may be null (no episode)
 * @param name     what the part holds, for the user: "your settings" (lower case, fits inside a sentence)
 * @param valid    true when a decoded value can be used; a value it refuses counts as damaged
 */
public record Section<T>(String key, Class<T> type, T fallback, String name, Predicate<? super T> valid) {
    public Section {
        Objects.requireNonNull(key);
        Objects.requireNonNull(type);
        Objects.requireNonNull(name);
        Objects.requireNonNull(valid);
        if (fallback != null && !type.isInstance(fallback)) {
            throw new IllegalArgumentException(key + ": the fallback is not a " + type.getSimpleName());
        }
    }

    /** A section whose record checks itself in its constructor. */
    public Section(String key, Class<T> type, T fallback, String name) {
        this(key, type, fallback, name, value -> true);
    }

    /** What the part holds, starting with a capital: "Your settings". */
    public String capitalName() {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
