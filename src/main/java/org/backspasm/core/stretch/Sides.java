package org.backspasm.core.stretch;

/**
 * Which sides a stretch works. NONE: one symmetrical position. LEFT_THEN_RIGHT: every rep on the left, then every
 * rep on the right (e.g. one knee to the chest). BOTH: each rep goes to one side and then the other in turn
 * (e.g. knee rolls).
 */
public enum Sides {
    NONE, LEFT_THEN_RIGHT, BOTH
}
