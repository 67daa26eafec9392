package org.backspasm.core.stretch;

import java.util.List;
import org.backspasm.core.content.LocalText;

/** A routine as shipped: its stretches in order, how often, and the ids of its sources. */
public record Routine(String id, LocalText name, LocalText summary, LocalText howOften, List<String> stretchIds,
        List<String> sources) {

    public Routine {
        stretchIds = List.copyOf(stretchIds);
        sources = List.copyOf(sources);
    }
}
