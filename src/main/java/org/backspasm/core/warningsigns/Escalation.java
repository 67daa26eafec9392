package org.backspasm.core.warningsigns;

import org.backspasm.core.content.LocalText;

import java.util.List;
import java.util.Objects;

/** A sign counts at a higher level when any of the named other signs was answered yes (e.g. osteoporosis + a fall). */
public record Escalation(Level level, List<String> withAny, LocalText becauseText) {
    public Escalation {
        Objects.requireNonNull(level, "level");
        withAny = List.copyOf(withAny);
        becauseText = becauseText == null ? LocalText.NONE : becauseText;
    }

    /** Why, in English ("after a fall, a knock or a heavy lift"), or empty. */
    public String because() {
        return becauseText.english();
    }
}
