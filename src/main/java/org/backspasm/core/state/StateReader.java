package org.backspasm.core.state;

/** Reads sections of the saved state; {@code --status} reads through one that never changes anything. */
public interface StateReader {
    /** The section decoded, or its fallback when it is absent. */
    <T> T get(Section<T> section);
}
