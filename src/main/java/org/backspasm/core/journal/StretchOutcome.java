package org.backspasm.core.journal;

/**
 * How a journalled stretch routine ended. UNKNOWN is what a value this version does not know reads as.
 */
public enum StretchOutcome {
    COMPLETED,
    STOPPED,
    STOPPED_FOR_PAIN,
    UNKNOWN
}
