package org.backspasm.core.warningsigns;

import java.util.Objects;

/**
 * A sign that raised the level: the sign, the answer given, the level it counts at, and why in plain words when it
 * is not simply "yes" (e.g. "answered not sure", "after a fall").
 */
public record Finding(WarningSign sign, Answer answer, Level level, String why) {
    public Finding {
        Objects.requireNonNull(sign, "sign");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(level, "level");
        why = why == null ? "" : why;
    }

    /** The sign in the user's words, with the reason when there is one. */
    public String text() {
        return why.isEmpty() ? sign.label() : sign.label() + " (" + why + ")";
    }
}
