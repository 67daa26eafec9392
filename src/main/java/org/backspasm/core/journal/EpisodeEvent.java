package org.backspasm.core.journal;

import java.time.Instant;
import java.util.Objects;

/** An episode of back spasm was started (with its onset) or ended. Identified by all three (see {@link EntryIds}). */
public record EpisodeEvent(String id, Instant at, Kind kind, Instant onset) implements JournalEntry {
    public enum Kind { STARTED, ENDED }

    public EpisodeEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(onset, "onset");
        id = EntryIds.orDerived(id, "EpisodeEvent", at, kind, onset);
    }

    /** A new event, with its id derived from its content. */
    public EpisodeEvent(Instant at, Kind kind, Instant onset) {
        this(null, at, kind, onset);
    }
}
