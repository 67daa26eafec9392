package org.backspasm.core.stretch;

/**
 * Where one stretch's progression stands: the suggested reps, how many pain-free days have counted since the last
 * rise, and the last day that counted (ISO date), so several sessions on one day count once.
 */
public record StretchProgress(int reps, int painFreeDays, String lastCountedDay) {
}
