package org.backspasm.core.journal;

/**
 * How a walk came to be recorded: the user said "I walked", or answered "done" to a walk reminder (the names are
 * the strings in the file). UNKNOWN is what a value this version does not know reads as.
 */
public enum WalkSource {
    I_WALKED,
    REMINDER_DONE,
    UNKNOWN
}
