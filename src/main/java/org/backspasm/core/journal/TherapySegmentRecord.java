package org.backspasm.core.journal;

import java.time.Instant;
import java.util.Objects;

/**
 * One finished or stopped segment of an ice/heat session: what it was, when it was planned, when it really ran,
 * and how it ended (COMPLETED, STOPPED_EARLY, SKIPPED).
 */
public record TherapySegmentRecord(
        Instant at,
        String mode,
        String segment,
        int round,
        Instant plannedStart,
        Instant plannedEnd,
        Instant actualStart,
        Instant actualEnd,
        String outcome,
        String note) implements JournalEntry {

    public TherapySegmentRecord {
        Objects.requireNonNull(at, "at");
        note = note == null ? "" : note;
    }

    @Override
    public String summary() {
        String what = switch (String.valueOf(segment)) {
            case "APPLY_ICE" -> "Ice";
            case "APPLY_HEAT" -> "Heat";
            case "SKIN_BREAK" -> "Skin break";
            default -> String.valueOf(segment);
        };
        long minutes = actualStart == null || actualEnd == null
                ? 0 : Math.max(0, java.time.Duration.between(actualStart, actualEnd).toMinutes());
        String how = "COMPLETED".equals(outcome) ? "completed" : "SKIPPED".equals(outcome) ? "skipped" : "stopped early";
        return what + ", " + minutes + " min, " + how;
    }
}
