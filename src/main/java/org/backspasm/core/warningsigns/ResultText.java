package org.backspasm.core.warningsigns;

import java.util.List;

/**
 * What a result says: a heading, what to do (in order), a line that introduces the signs to mention, and the ids
 * of its sources.
 */
public record ResultText(Level level, String heading, List<String> steps, String signsIntro, List<String> sources) {
    public ResultText {
        steps = List.copyOf(steps);
        sources = List.copyOf(sources);
    }

    /** All the words (not the sources), for tests and for screen readers. */
    public String allText() {
        return heading + "\n" + String.join("\n", steps) + "\n" + signsIntro;
    }
}
