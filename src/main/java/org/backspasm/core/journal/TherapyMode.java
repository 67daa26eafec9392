package org.backspasm.core.journal;

/**
 * The kind of ice/heat session a segment belonged to, as kept in the journal (the names are the strings in the
 * file). UNKNOWN is what a value this version does not know reads as.
 */
public enum TherapyMode {
    ICE,
    HEAT,
    ALTERNATING,
    UNKNOWN
}
