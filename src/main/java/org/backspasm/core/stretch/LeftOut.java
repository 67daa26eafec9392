package org.backspasm.core.stretch;

/**
 * A stretch of the routine that is not played: a caution makes it unsafe ({@code gate} says which and why), or
 * ({@code backToBack}) it is kept short for a caution and would come straight after another such stretch, so it is
 * left out here and {@code gate} is the keep-short one.
 */
public record LeftOut(Stretch stretch, Gate gate, boolean backToBack) {
    public LeftOut(Stretch stretch, Gate gate) {
        this(stretch, gate, false);
    }
}
