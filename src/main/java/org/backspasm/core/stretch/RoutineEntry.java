package org.backspasm.core.stretch;

/** One stretch in a user's routine; {@code reps} is null to follow the suggested (progressing) reps. */
public record RoutineEntry(String stretchId, Integer reps) {
}
