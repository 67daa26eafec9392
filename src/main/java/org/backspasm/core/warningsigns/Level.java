package org.backspasm.core.warningsigns;

/**
 * How soon to get help, from least to most urgent. NONE means no warning sign was reported (never "all clear").
 */
public enum Level {
    NONE,
    BOOK,
    URGENT,
    EMERGENCY;

    public boolean isAbove(Level other) {
        return compareTo(other) > 0;
    }

    public static Level max(Level a, Level b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * What "not sure" counts as for a sign of this level: one step down, but never below BOOK for a real sign.
     * So "not sure" on an emergency sign counts as URGENT (the rule in CLINICAL-FACTS section 4).
     */
    public Level whenNotSure() {
        return switch (this) {
            case EMERGENCY -> URGENT;
            case URGENT, BOOK -> BOOK;
            case NONE -> NONE;
        };
    }
}
