package org.backspasm.core.redflag;

import java.util.List;

/**
 * What a result says: a heading, what to do (in order), a line that introduces the signs to mention, and sources.
 */
public record ResultText(Level level, String heading, List<String> steps, String signsIntro, String sources) {
    public ResultText {
        steps = List.copyOf(steps);
    }

    /** All the words, for tests and for screen readers. */
    public String allText() {
        return heading + "\n" + String.join("\n", steps) + "\n" + signsIntro + "\n" + sources;
    }
}
