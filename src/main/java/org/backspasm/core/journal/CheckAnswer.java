package org.backspasm.core.journal;

/**
 * One journalled answer to a warning-sign question. UNKNOWN is what a value this version does not know reads as.
 */
public enum CheckAnswer {
    YES,
    NO,
    NOT_SURE,
    UNKNOWN
}
