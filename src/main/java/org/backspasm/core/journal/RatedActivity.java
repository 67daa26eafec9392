package org.backspasm.core.journal;

/**
 * What a pain rating was taken around, for "What helps you" (the names are the strings in the file). UNKNOWN is
 * what a value this version does not know reads as.
 */
public enum RatedActivity {
    ICE("Ice"),
    HEAT("Heat"),
    ROUTINE("Stretch routine"),
    WALK("Walk"),
    UNKNOWN("Activity");

    private final String label;

    RatedActivity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
