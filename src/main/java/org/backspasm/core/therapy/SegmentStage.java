package org.backspasm.core.therapy;

/** Where the current segment stands at an instant. */
public enum SegmentStage {
    /** The countdown is running. */
    COUNTING,
    /** The countdown is paused (only ever a skin break; a pack is never paused). */
    PAUSED,
    /** A pack's time is up and the user has not yet said it is off: alert, then remind every 2 minutes. */
    PACK_OFF_DUE,
    /** A skin break is over; the next round starts when the user starts it (after checking the skin). */
    BREAK_OVER
}
