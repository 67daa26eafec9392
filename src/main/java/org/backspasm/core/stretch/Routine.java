package org.backspasm.core.stretch;

import java.util.List;

/** A routine as shipped: its stretches in order, how often, and the ids of its sources. */
public record Routine(String id, String name, String summary, String howOften, List<String> stretchIds,
        List<String> sources) {

    public Routine {
        stretchIds = List.copyOf(stretchIds);
        sources = List.copyOf(sources);
    }
}
