package org.backspasm.core.companion;

import java.util.List;
import java.util.Objects;

/** A piece of advice in the user's language and the ids of its sources (CLINICAL-FACTS), shown through "Why?". */
public record Sourced(String text, List<String> sources) {
    public Sourced {
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("Advice without a source: " + text);
        }
    }

    static Sourced of(String text, String... sources) {
        return new Sourced(text, List.of(sources));
    }
}
