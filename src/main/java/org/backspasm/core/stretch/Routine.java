package org.backspasm.core.stretch;

import java.util.List;

/** A routine as shipped: its stretches in order, how often, and the sources (with what is not established). */
public record Routine(String id, String name, String summary, String howOften, List<String> stretchIds,
        List<String> sources, String unverified) {

    public Routine {
        stretchIds = List.copyOf(stretchIds);
        sources = List.copyOf(sources);
        unverified = unverified == null ? "" : unverified;
    }

    public String sourceLine() {
        return "Sources: " + String.join(", ", sources);
    }
}
