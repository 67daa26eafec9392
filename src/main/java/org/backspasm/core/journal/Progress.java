package org.backspasm.core.journal;

/**
 * The answer to "Compared with the start, is your back…?" (the names are the strings in the file). UNKNOWN is what a
 * value this version does not know reads as.
 */
public enum Progress {
    MUCH_BETTER("much better"),
    A_LITTLE_BETTER("a little better"),
    ABOUT_THE_SAME("about the same"),
    WORSE("worse"),
    UNKNOWN("not known");

    private final String label;

    Progress(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** About the same or worse: not getting better (CLINICAL-FACTS 6, "Not improving"). */
    public boolean notBetter() {
        return this == ABOUT_THE_SAME || this == WORSE;
    }
}
