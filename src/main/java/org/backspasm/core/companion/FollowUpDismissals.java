package org.backspasm.core.companion;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The "followup" state section: which follow-up cards were put away, until when, and for which episode (its onset);
 * a new episode starts with none put away.
 */
public record FollowUpDismissals(Instant onset, Map<String, Instant> hiddenUntil) {
    public static final String SECTION = "followup";
    /** How long "Not now" puts a card away. */
    public static final Duration FOR = Duration.ofDays(7);

    public FollowUpDismissals {
        hiddenUntil = hiddenUntil == null ? Map.of() : Map.copyOf(hiddenUntil);
    }

    public static FollowUpDismissals none() {
        return new FollowUpDismissals(null, Map.of());
    }

    /** Puts the card away for a week from now, for this episode. */
    public FollowUpDismissals dismiss(FollowUpKind kind, Instant episodeOnset, Instant now) {
        Map<String, Instant> next = new HashMap<>(episodeOnset.equals(onset) ? hiddenUntil : Map.of());
        next.put(kind.id(), now.plus(FOR));
        return new FollowUpDismissals(episodeOnset, next);
    }

    public boolean hidden(FollowUpKind kind, Instant episodeOnset, Instant now) {
        if (!episodeOnset.equals(onset)) {
            return false;
        }
        Instant until = hiddenUntil.get(kind.id());
        return until != null && now.isBefore(until);
    }
}
