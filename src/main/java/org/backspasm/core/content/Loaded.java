package org.backspasm.core.content;

import java.util.Objects;

/**
 * A content file (or a set of them) read and checked: the value, or the problem that stopped it. Lets one broken
 * file turn into a plain message on the screens that need it, while the rest of the app goes on.
 */
public final class Loaded<T> {
    private final T value;
    private final ContentException problem;

    private Loaded(T value, ContentException problem) {
        this.value = value;
        this.problem = problem;
    }

    /** Something that reads and checks content. */
    @FunctionalInterface
    public interface Reader<T> {
        T read() throws ContentException;
    }

    /** The next step, from content already read. */
    @FunctionalInterface
    public interface Step<T, R> {
        R read(T from) throws ContentException;
    }

    public static <T> Loaded<T> of(Reader<T> reader) {
        try {
            return new Loaded<>(Objects.requireNonNull(reader.read()), null);
        } catch (ContentException e) {
            return new Loaded<>(null, e);
        }
    }

    public static <T> Loaded<T> failed(ContentException problem) {
        return new Loaded<>(null, Objects.requireNonNull(problem));
    }

    /** Reads on from this value; a problem here carries through unchanged. */
    public <R> Loaded<R> then(Step<T, R> step) {
        return ok() ? of(() -> step.read(value)) : failed(problem);
    }

    public boolean ok() {
        return problem == null;
    }

    /** The value; only when {@link #ok()}. */
    public T value() {
        if (!ok()) {
            throw new IllegalStateException("content did not load: " + problem.getMessage());
        }
        return value;
    }

    /** What went wrong; only when not {@link #ok()}. */
    public ContentException problem() {
        if (ok()) {
            throw new IllegalStateException("content loaded");
        }
        return problem;
    }
}
