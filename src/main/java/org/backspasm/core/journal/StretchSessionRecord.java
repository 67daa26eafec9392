package org.backspasm.core.journal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A stretch routine that was played: which routine, when, how it ended,
 * and, when stopped for pain, where and how bad. Identified by the routine and when it started ({@code at} too only
 * when the start is missing), so a session journalled twice is kept once.
 */
public record StretchSessionRecord(
        String id,
        Instant at,
        String routineId,
        String routineName,
        Instant startedAt,
        StretchOutcome outcome,
        List<String> stretchesDone,
        String stoppedAtStretch,
        String stoppedAtStep,
        Integer painScore) implements JournalEntry {

    public StretchSessionRecord {
        Objects.requireNonNull(at, "at");
        outcome = outcome == null ? StretchOutcome.UNKNOWN : outcome;
        stretchesDone = stretchesDone == null ? List.of() : List.copyOf(stretchesDone);
        id = EntryIds.orDerived(id, "StretchSessionRecord", routineId, startedAt, startedAt == null ? at : null);
    }

    /** A new record, with its id derived from the session. */
    public StretchSessionRecord(Instant at, String routineId, String routineName, Instant startedAt,
            StretchOutcome outcome, List<String> stretchesDone, String stoppedAtStretch, String stoppedAtStep,
            Integer painScore) {
        this(null, at, routineId, routineName, startedAt, outcome, stretchesDone, stoppedAtStretch, stoppedAtStep,
                painScore);
    }

    public boolean stoppedForPain() {
        return outcome == StretchOutcome.STOPPED_FOR_PAIN;
    }
}
