package org.backspasm.core.journal;

/**
 * The answer to "Compared with the start, is your back…?" (the names are the strings in the file; the words are in the journal bundle). UNKNOWN is what a
 * value this version does not know reads as.
 */
public enum Progress {
    MUCH_BETTER,
    A_LITTLE_BETTER,
    ABOUT_THE_SAME,
    WORSE,
    UNKNOWN;

    /** About the same or worse: not getting better (CLINICAL-FACTS 6, "Not improving"). */
    public boolean notBetter() {
        return this == ABOUT_THE_SAME || this == WORSE;
    }
}
