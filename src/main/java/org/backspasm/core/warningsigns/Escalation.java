package org.backspasm.core.warningsigns;

import java.util.List;
import java.util.Objects;

/** A sign counts at a higher level when any of the named other signs was answered yes (e.g. osteoporosis + a fall). */
public record Escalation(Level level, List<String> withAny, String because) {
    public Escalation {
        Objects.requireNonNull(level, "level");
        withAny = List.copyOf(withAny);
        because = because == null ? "" : because;
    }
}
