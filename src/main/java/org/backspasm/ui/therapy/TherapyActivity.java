package org.backspasm.ui.therapy;

import java.util.Optional;
import org.backspasm.core.journal.RatedActivity;
import org.backspasm.core.therapy.TherapyRun;
import org.backspasm.core.therapy.TherapySession;
import org.backspasm.ui.rating.ActivityEvents;

/**
 * Tells "What helps you" when an ice or heat session starts (the first pack goes on) and when it ends (finished or
 * stopped), from the session's one change callback. A session of ice and heat taking turns is neither: a rating
 * around it could not say which one it was about, so none is offered.
 */
final class TherapyActivity {
    private final ActivityEvents events;
    private RatedActivity running;

    private TherapyActivity(ActivityEvents events, TherapySession session) {
        this.events = events;
        this.running = session.run().flatMap(TherapyActivity::activity).orElse(null);
    }

    /** Follows the session from now (a session already running when the app starts is not offered a "before"). */
    static void follow(TherapySession session, ActivityEvents events) {
        TherapyActivity a = new TherapyActivity(events, session);
        session.onChange(s -> a.seen(Optional.ofNullable(s.run())));
    }

    private void seen(Optional<TherapyRun> run) {
        boolean now = run.isPresent();
        if (now && running == null) {
            running = activity(run.get()).orElse(null);
            if (running != null) {
                events.started(running);
            }
        } else if (!now && running != null) {
            RatedActivity ended = running;
            running = null;
            events.ended(ended);
        }
    }

    private static Optional<RatedActivity> activity(TherapyRun run) {
        return switch (run.plan().mode()) {
            case ICE -> Optional.of(RatedActivity.ICE);
            case HEAT -> Optional.of(RatedActivity.HEAT);
            case ALTERNATING -> Optional.empty();
        };
    }
}
