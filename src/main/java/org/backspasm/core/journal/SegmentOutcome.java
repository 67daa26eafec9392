package org.backspasm.core.journal;

/**
 * How a journalled ice/heat segment ended: ran its time, was skipped (ended early on purpose), or the session was
 * stopped during it. UNKNOWN is what a value this version does not know reads as.
 */
public enum SegmentOutcome {
    COMPLETED("completed"),
    SKIPPED("skipped"),
    STOPPED_EARLY("stopped early"),
    UNKNOWN("ended");

    private final String label;

    SegmentOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
