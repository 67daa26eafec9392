package org.backspasm.core.journal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A completed warning-sign check: every answer given (sign id to YES/NO/NOT_SURE), the level (EMERGENCY, URGENT,
 * BOOK or NONE), the ids of the signs that raised it, and those signs in the words the user saw, so the record
 * reads the same even if the questions are reworded later.
 */
public record WarningSignCheckRecord(
        Instant at,
        String level,
        Map<String, String> answers,
        List<String> raisedBy,
        List<String> raisedByText) implements JournalEntry {

    public WarningSignCheckRecord {
        Objects.requireNonNull(at, "at");
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        raisedBy = raisedBy == null ? List.of() : List.copyOf(raisedBy);
        raisedByText = raisedByText == null ? List.of() : List.copyOf(raisedByText);
    }

    @Override
    public String summary() {
        String what = switch (String.valueOf(level)) {
            case "EMERGENCY" -> "emergency signs reported";
            case "URGENT" -> "get advice today";
            case "BOOK" -> "book an appointment";
            default -> "no warning signs reported";
        };
        return "Warning-sign check: " + what;
    }
}
