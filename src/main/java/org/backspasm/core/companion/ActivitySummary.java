package org.backspasm.core.companion;

import java.util.List;
import org.backspasm.core.journal.RatedActivity;

/** For one activity: its before/after pairs (oldest first), how many, and the median change (after minus before). */
public record ActivitySummary(RatedActivity activity, List<RatingPair> pairs, double medianChange) {
    public ActivitySummary {
        pairs = List.copyOf(pairs);
    }

    public int count() {
        return pairs.size();
    }
}
