package org.backspasm.core.journal;

/** Whether a pain rating was taken before or after an activity. UNKNOWN reads for a value this version does not know. */
public enum RatingMoment {
    BEFORE,
    AFTER,
    UNKNOWN
}
