package org.backspasm.core.stretch;

import java.util.List;

/** A stretch as it will be played in a routine: the reps chosen, and any changes a caution asks for. */
public record PlannedStretch(Stretch stretch, int reps, List<Gate> changes) {
    public PlannedStretch {
        changes = List.copyOf(changes);
    }
}
