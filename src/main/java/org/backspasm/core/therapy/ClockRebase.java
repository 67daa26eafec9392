package org.backspasm.core.therapy;

import java.time.Duration;
import java.time.Instant;

/**
 * What a stored run becomes when the clock reads earlier than the last instant the app saw, and the change went
 * unmeasured (no monotonic time covers it). Seen while the app was open: it goes on from where it was. Found on
 * opening: how long the app was closed is unknown, so a pack's time counts as up (never more time on the skin than
 * planned), and a skin break goes on from where it was (it can only grow longer).
 */
final class ClockRebase {
    /** The run after the rebase, and the sentence for the user (null when the change is too small to mention). */
    record Rebased(TherapyRun run, java.util.function.Function<java.util.Locale, String> notice) {
    }

    private ClockRebase() {
    }

    /** Null when the clock did not go back. {@code unknownGap}: nothing was observed since the run was opened. */
    static Rebased ifClockWentBack(TherapyRun r, Instant now, boolean unknownGap) {
        if (!now.isBefore(r.lastSeen())) {
            return null;
        }
        Duration back = Duration.between(now, r.lastSeen());
        RunStatus before = r.statusAt(r.lastSeen());
        if (unknownGap && r.kind().isApply() && !r.paused()) {
            // the pack's end moves to now; last seen just before it, so the pack-off alert is raised
            TherapyRun due = r.shifted(back.plus(before.remaining()).negated()).seen(now.minusMillis(1));
            return new Rebased(due, ClockNotice.setBackWhileClosed(before));
        }
        TherapyRun moved = r.rebasedIfClockWentBack(now);
        if (unknownGap) {
            return new Rebased(moved, ClockNotice.setBackWhileClosed(before));
        }
        return new Rebased(moved, back.compareTo(ClockNotice.THRESHOLD) >= 0 ? ClockNotice.setBack(back) : null);
    }
}
