package org.backspasm.core.state;

/**
 * The saved state as the rest of the app sees it: read a section (its fallback when absent or unreadable) and
 * replace one (saved at once). The store implements it; a feature is handed it, never the store itself.
 */
public interface SavedState extends StateReader {
    /** Replaces the section; null removes it. */
    <T> void put(Section<T> section, T value);
}
