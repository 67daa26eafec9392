package org.backspasm.core.companion;

import java.util.Objects;

/**
 * One thing to do today: what and why (with sources), how many times today would be enough ({@code goal}), and how
 * many times the journal says it was done today.
 */
public record PlanItem(PlanItemKind kind, Sourced advice, int goal, int doneToday) {
    public PlanItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(advice, "advice");
        if (goal < 1 || doneToday < 0) {
            throw new IllegalArgumentException("goal " + goal + ", done " + doneToday);
        }
    }

    /** Done as often as today's plan asks. */
    public boolean done() {
        return doneToday >= goal;
    }
}
