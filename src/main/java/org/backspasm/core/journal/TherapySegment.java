package org.backspasm.core.journal;

/**
 * What one journalled ice/heat segment was: a pack of ice or heat on, or the skin break between two (the names are
 * the strings in the file). UNKNOWN is what a value this version does not know reads as.
 */
public enum TherapySegment {
    APPLY_ICE("Ice"),
    APPLY_HEAT("Heat"),
    SKIN_BREAK("Skin break"),
    UNKNOWN("Ice or heat");

    private final String label;

    TherapySegment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
