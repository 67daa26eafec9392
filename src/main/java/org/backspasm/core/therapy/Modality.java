package org.backspasm.core.therapy;

/** What goes on the back: cold or heat. */
public enum Modality {
    ICE("Ice", "ice"),
    HEAT("Heat", "heat");

    private final String label;
    private final String word;

    Modality(String label, String word) {
        this.label = label;
        this.word = word;
    }

    public String label() {
        return label;
    }

    /** Lower-case, for use inside a sentence ("the ice came off schedule"). */
    public String word() {
        return word;
    }
}
