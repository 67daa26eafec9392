package org.backspasm.core.companion;

/** The things a day plan can hold; each opens its feature and is ticked off from the journal. */
public enum PlanItemKind {
    ICE_OR_HEAT,
    WALK,
    ROUTINE,
    RATE_PAIN
}
