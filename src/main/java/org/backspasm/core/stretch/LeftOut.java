package org.backspasm.core.stretch;

/** A stretch of the routine that is not played because a caution makes it unsafe. */
public record LeftOut(Stretch stretch, Gate gate) {
}
