package org.backspasm.ui.rating;

import org.backspasm.core.journal.RatedActivity;

/**
 * What a feature tells "What helps you" (CLINICAL-FACTS 6): an activity the user just started (the ice or heat pack
 * went on, a routine began, the user set off on a walk) or just finished. The features call it from their models;
 * {@link RatingPrompts} turns it into the optional one-tap rating before and after.
 */
public interface ActivityEvents {
    ActivityEvents NONE = new ActivityEvents() {
        @Override
        public void started(RatedActivity activity) {
        }

        @Override
        public void ended(RatedActivity activity) {
        }
    };

    void started(RatedActivity activity);

    void ended(RatedActivity activity);

    /** The activity stopped in a way that asks its own question (a routine stopped for pain): no "after" here. */
    default void abandoned(RatedActivity activity) {
    }
}
