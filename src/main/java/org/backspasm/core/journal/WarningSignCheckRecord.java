package org.backspasm.core.journal;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A completed warning-sign check: every answer given (sign id to its answer), the level, the ids of the signs that
 * raised it, and those signs in the words the user saw, so the record reads the same even if the questions are
 * reworded later. A value missing from the file, or one this version does not know, reads as UNKNOWN. Identified by
 * all of it (the answers in the order of their sign ids).
 */
public record WarningSignCheckRecord(
        String id,
        Instant at,
        CheckLevel level,
        Map<String, CheckAnswer> answers,
        List<String> raisedBy,
        List<String> raisedByText) implements JournalEntry {

    public WarningSignCheckRecord {
        Objects.requireNonNull(at, "at");
        level = level == null ? CheckLevel.UNKNOWN : level;
        answers = answers == null ? Map.of() : copyOf(answers);
        raisedBy = raisedBy == null ? List.of() : List.copyOf(raisedBy);
        raisedByText = raisedByText == null ? List.of() : List.copyOf(raisedByText);
        id = EntryIds.orDerived(id, "WarningSignCheckRecord", at, level, answers, raisedBy, raisedByText);
    }

    /** A new record, with its id derived from its content. */
    public WarningSignCheckRecord(Instant at, CheckLevel level, Map<String, CheckAnswer> answers, List<String> raisedBy,
            List<String> raisedByText) {
        this(null, at, level, answers, raisedBy, raisedByText);
    }

    /** Keeps the answers in the order given; an answer missing its value reads as UNKNOWN. */
    private static Map<String, CheckAnswer> copyOf(Map<String, CheckAnswer> answers) {
        Map<String, CheckAnswer> copy = new LinkedHashMap<>();
        answers.forEach((id, a) -> copy.put(id, a == null ? CheckAnswer.UNKNOWN : a));
        return Collections.unmodifiableMap(copy);
    }
}
