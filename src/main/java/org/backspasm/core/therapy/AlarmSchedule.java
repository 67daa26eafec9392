package org.backspasm.core.therapy;

import java.time.Duration;
import java.time.Instant;

/**
 * When something is due for a running session, computed from its stored instants only (nothing is counted, so a
 * restart neither loses nor repeats an alert). A pack's end raises the pack-off alert, which repeats every
 * {@link #PACK_OFF_EVERY} until the user says the pack is off, {@link #PACK_OFF_REPEATS} times at most; the end of a
 * skin break raises "break over", repeated once after {@link #BREAK_OVER_AFTER}. A paused skin break has nothing due.
 */
public final class AlarmSchedule {
    public static final Duration PACK_OFF_EVERY = Duration.ofMinutes(2);
    public static final int PACK_OFF_REPEATS = 10;
    public static final Duration BREAK_OVER_AFTER = Duration.ofMinutes(5);
    public static final int BREAK_OVER_REPEATS = 1;

    private AlarmSchedule() {
    }

    /** How many repeats follow the first alert of this segment. */
    public static int repeats(RunStatus s) {
        return s.kind().isApply() ? PACK_OFF_REPEATS : BREAK_OVER_REPEATS;
    }

    /** The instant of alert {@code n} of the segment: 0 is its end, 1.. the repeats; null when paused or past the last. */
    public static Instant dueAt(RunStatus s, int n) {
        if (s.stage() == SegmentStage.PAUSED || n < 0 || n > repeats(s)) {
            return null;
        }
        Duration step = s.kind().isApply() ? PACK_OFF_EVERY : BREAK_OVER_AFTER;
        return s.endsAt().plus(step.multipliedBy(n));
    }

    /** The next instant after {@code now} something is due, or null when nothing more is (paused, repeats used up). */
    public static Instant nextDue(RunStatus s, Instant now) {
        for (int n = 0; n <= repeats(s); n++) {
            Instant at = dueAt(s, n);
            if (at == null) {
                return null;
            }
            if (at.isAfter(now)) {
                return at;
            }
        }
        return null;
    }

    /**
     * The alert to raise at {@code now} when everything due up to {@code handledThrough} was already dealt with:
     * the latest one due in {@code (handledThrough, now]} (after a long gap, one alert, not one per missed repeat),
     * or -1 when none is.
     */
    public static int latestDue(RunStatus s, Instant handledThrough, Instant now) {
        int found = -1;
        for (int n = 0; n <= repeats(s); n++) {
            Instant at = dueAt(s, n);
            if (at == null || at.isAfter(now)) {
                break;
            }
            if (handledThrough == null || at.isAfter(handledThrough)) {
                found = n;
            }
        }
        return found;
    }

    /** True when this alert was the last of its segment: no reminder follows it. */
    public static boolean isLastRepeat(RunStatus s, int n) {
        return n >= repeats(s);
    }
}
