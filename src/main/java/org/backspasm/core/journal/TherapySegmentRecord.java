package org.backspasm.core.journal;

import java.time.Instant;
import java.util.Objects;

/**
 * One finished or stopped segment of an ice/heat session: what it was, when it was planned, when it really ran,
 * and how it ended. A value missing from the file reads as UNKNOWN. A segment that ends before it starts (really
 * or as planned) is refused: no copy of the app writes one, so such a line is unreadable data.
 * <p>
 * Identified by the segment itself (mode, segment, round, planned start, actual start; {@code at} only when both
 * starts are missing), not by when or how it ended: journalled twice (a crash between the journal and the saved
 * timer), it is the same entry, and the journal keeps it once.
 */
public record TherapySegmentRecord(
        String id,
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
        if (endsBeforeStart(plannedStart, plannedEnd) || endsBeforeStart(actualStart, actualEnd)) {
            throw new IllegalArgumentException("A segment cannot end before it starts.");
        }
        id = EntryIds.orDerived(id, "TherapySegmentRecord", mode, segment, round, plannedStart, actualStart,
                plannedStart == null && actualStart == null ? at : null);
    }

    /** A new record, with its id derived from the segment it records. */
    public TherapySegmentRecord(Instant at, TherapyMode mode, TherapySegment segment, int round, Instant plannedStart,
            Instant plannedEnd, Instant actualStart, Instant actualEnd, SegmentOutcome outcome, String note) {
        this(null, at, mode, segment, round, plannedStart, plannedEnd, actualStart, actualEnd, outcome, note);
    }

    private static boolean endsBeforeStart(Instant start, Instant end) {
        return start != null && end != null && end.isBefore(start);
    }
}
