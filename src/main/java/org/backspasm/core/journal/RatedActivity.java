package org.backspasm.core.journal;

/**
 * What a pain rating was taken around, for "What helps you" (the names are the strings in the file; the words are in the journal bundle). UNKNOWN is
 * what a value this version does not know reads as.
 */
public enum RatedActivity {
    ICE,
    HEAT,
    ROUTINE,
    WALK,
    UNKNOWN
}
