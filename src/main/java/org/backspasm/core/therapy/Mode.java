package org.backspasm.core.therapy;

/** A plan's kind: only ice, only heat, or the two taking turns. */
public enum Mode {
    ICE("Ice"),
    HEAT("Heat"),
    ALTERNATING("Alternating");

    private final String label;

    Mode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
