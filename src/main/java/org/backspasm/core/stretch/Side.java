package org.backspasm.core.stretch;

/** The side a single step is done on (the screens name it from their bundle). */
public enum Side {
    NONE, LEFT, RIGHT;

    public boolean mirrored() {
        return this == RIGHT;
    }
}
