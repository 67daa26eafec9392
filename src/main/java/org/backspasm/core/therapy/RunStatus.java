package org.backspasm.core.therapy;

import java.time.Duration;
import java.time.Instant;

/**
 * A running session as it stands at one instant, computed from the stored instants.
 *
 * @param elapsed time the segment has counted (pauses left out), never negative
 * @param remaining time left on the countdown, never negative
 * @param over how long past the segment's end (for a pack: how long it has been on too long), else zero
 * @param endsAt when the segment ends (or ended), pauses included
 * @param next the segment after this one, or null when this pack is the last
 */
public record RunStatus(
        TherapyPlan plan,
        int index,
        SegmentKind kind,
        int round,
        SegmentStage stage,
        Duration planned,
        Duration elapsed,
        Duration remaining,
        Duration over,
        Instant endsAt,
        SegmentKind next) {

    public Mode mode() {
        return plan.mode();
    }

    /** Rounds in the plan, 0 when it runs until stopped. */
    public int rounds() {
        return plan.rounds();
    }

    public boolean isLast() {
        return next == null;
    }

    /** How long the pack has been on (for the overdue message): the counted time. */
    public Duration onFor() {
        return elapsed;
    }

    /** The fraction of the countdown still to go, 1 at the start and 0 at the end. */
    public double fractionLeft() {
        return planned.isZero() ? 0 : Math.min(1, (double) remaining.toMillis() / planned.toMillis());
    }
}
