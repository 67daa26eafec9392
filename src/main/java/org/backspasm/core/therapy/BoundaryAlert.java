package org.backspasm.core.therapy;

/**
 * An alert the session wants raised now: which kind (each has its own sound), a title and a sentence.
 * {@code key} identifies the boundary (and, for a pack left on, the minute) so each alert is raised once.
 */
public record BoundaryAlert(AlertKind kind, String title, String text, String key) {
    public enum AlertKind { PACK_OFF, BREAK_OVER, SESSION_DONE }
}
