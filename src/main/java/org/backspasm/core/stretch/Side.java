package org.backspasm.core.stretch;

/** The side a single step is done on. */
public enum Side {
    NONE(""), LEFT("Left side"), RIGHT("Right side");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean mirrored() {
        return this == RIGHT;
    }
}
