package org.backspasm.core.stretch;

/**
 * Health conditions the app asks about once before the first routine, because they make some stretches unsafe. The
 * screens name each one from their bundle ({@code caution.osteoporosis}...).
 */
public enum Caution {
    OSTEOPOROSIS,
    KNEE_PROBLEMS,
    PREGNANCY,
    RECENT_INJURY_OR_SURGERY
}
