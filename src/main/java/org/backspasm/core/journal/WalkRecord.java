package org.backspasm.core.journal;

import java.time.Instant;
import java.util.Objects;

/**
 * A short walk the user took (CLINICAL-FACTS 2 and 6: 5–10 minutes on level ground, 3–4 times a day), recorded when
 * it ended. The minutes are optional (null when not said). Identified by all three (see {@link EntryIds}).
 */
public record WalkRecord(String id, Instant at, Integer minutes, WalkSource source) implements JournalEntry {
    public WalkRecord {
        Objects.requireNonNull(at, "at");
        if (minutes != null && (minutes < 0 || minutes > 24 * 60)) {
            throw new IllegalArgumentException("A walk lasts from 0 to 1440 minutes, not " + minutes + ".");
        }
        source = source == null ? WalkSource.UNKNOWN : source;
        id = EntryIds.orDerived(id, "WalkRecord", at, minutes, source);
    }

    /** A new walk, with its id derived from its content. */
    public WalkRecord(Instant at, Integer minutes, WalkSource source) {
        this(null, at, minutes, source);
    }
}
