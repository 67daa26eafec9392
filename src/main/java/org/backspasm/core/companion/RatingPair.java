package org.backspasm.core.companion;

import java.time.Instant;
import org.backspasm.core.journal.RatedActivity;

/** A pain rating just before an activity and the one just after it. */
public record RatingPair(RatedActivity activity, Instant beforeAt, int before, Instant afterAt, int after) {
    /** After minus before: negative when the pain was lower afterwards. */
    public int change() {
        return after - before;
    }
}
