package org.backspasm.core.journal;

import java.time.Instant;
import java.util.Objects;

/**
 * One finished or stopped segment of an ice/heat session: what it was, when it was planned, when it really ran,
 * and how it ended. A value missing from the file reads as UNKNOWN.
 */
public record TherapySegmentRecord(
        Instant at,
        TherapyMode mode,
        TherapySegment segment,
        int round,
        Instant plannedStart,
        Instant plannedEnd,
        Instant actualStart,
        Instant actualEnd,
        SegmentOutcome outcome,
        String note) implements JournalEntry {

    public TherapySegmentRecord {
        Objects.requireNonNull(at, "at");
        mode = mode == null ? TherapyMode.UNKNOWN : mode;
        segment = segment == null ? TherapySegment.UNKNOWN : segment;
        outcome = outcome == null ? SegmentOutcome.UNKNOWN : outcome;
        note = note == null ? "" : note;
    }

    @Override
    public String summary() {
        long minutes = actualStart == null || actualEnd == null
                ? 0 : Math.max(0, java.time.Duration.between(actualStart, actualEnd).toMinutes());
        return segment.label() + ", " + minutes + " min, " + outcome.label();
    }
}
