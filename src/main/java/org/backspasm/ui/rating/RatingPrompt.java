package org.backspasm.ui.rating;

import java.time.Instant;
import java.util.Objects;
import org.backspasm.core.journal.RatedActivity;
import org.backspasm.core.journal.RatingMoment;

/** The one rating the bar offers: before or after which activity, and since when (it goes away after a while). */
public record RatingPrompt(RatedActivity activity, RatingMoment moment, Instant offeredAt) {
    public RatingPrompt {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(moment, "moment");
        Objects.requireNonNull(offeredAt, "offeredAt");
    }
}
