package org.backspasm.core.stretch;

import java.util.List;

/**
 * A stretch as it will be played in a routine: the reps chosen, and any changes a caution asks for.
 * {@code original} is the routine's own stretch: the same as {@code stretch} unless a caution put a variant in
 * its place.
 */
public record PlannedStretch(Stretch stretch, int reps, List<Gate> changes, Stretch original) {
    public PlannedStretch {
        changes = List.copyOf(changes);
        original = original == null ? stretch : original;
    }

    public PlannedStretch(Stretch stretch, int reps, List<Gate> changes) {
        this(stretch, reps, changes, stretch);
    }

    public boolean replaced() {
        return !original.id().equals(stretch.id());
    }
}
