package org.backspasm.core.journal;

import java.time.Instant;
import java.util.Objects;

/** An episode of back spasm was started (with its onset) or ended. */
public record EpisodeEvent(Instant at, Kind kind, Instant onset) implements JournalEntry {
    public enum Kind { STARTED, ENDED }

    public EpisodeEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(onset, "onset");
    }

    @Override
    public String summary() {
        return kind == Kind.STARTED ? "Episode started" : "Episode ended";
    }
}
