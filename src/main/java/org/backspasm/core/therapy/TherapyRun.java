package org.backspasm.core.therapy;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A session in progress as it is stored: the plan and absolute instants only (when the session started, when the
 * current segment was due and really started, the pause in progress and the pauses so far, when the app last saw
 * it). Its state at any instant is computed by {@link #statusAt(Instant)}; nothing is counted.
 */
public record TherapyRun(
        TherapyPlan plan,
        Instant sessionStart,
        int index,
        Instant segmentDueAt,
        Instant segmentStart,
        Instant pausedAt,
        Duration pausedTotal,
        Instant lastSeen) {

    public TherapyRun {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(sessionStart, "sessionStart");
        Objects.requireNonNull(segmentStart, "segmentStart");
        segmentDueAt = segmentDueAt == null ? segmentStart : segmentDueAt;
        if (pausedTotal != null && pausedTotal.isNegative()) {
            throw new IllegalArgumentException("time paused cannot be negative: " + pausedTotal);
        }
        pausedTotal = pausedTotal == null ? Duration.ZERO : pausedTotal;
        lastSeen = lastSeen == null ? segmentStart : lastSeen;
        if (index < 0 || (!plan.untilStopped() && index > 2 * plan.rounds() - 2)) {
            throw new IllegalArgumentException("segment " + index + " is not in the plan");
        }
    }

    public static TherapyRun start(TherapyPlan plan, Instant now) {
        return new TherapyRun(plan, now, 0, now, now, null, Duration.ZERO, now);
    }

    public SegmentKind kind() {
        return plan.kindAt(index);
    }

    public boolean paused() {
        return pausedAt != null;
    }

    /** Time paused in this segment up to the instant (the pause in progress included). */
    public Duration pausedUntil(Instant now) {
        if (pausedAt == null) {
            return pausedTotal;
        }
        Duration current = Duration.between(pausedAt, now);
        return pausedTotal.plus(current.isNegative() ? Duration.ZERO : current);
    }

    /** When the segment's countdown reaches zero, counting pauses up to the instant. */
    public Instant endsAt(Instant now) {
        return segmentStart.plus(plan.durationAt(index)).plus(pausedUntil(now));
    }

    public RunStatus statusAt(Instant now) {
        Duration planned = plan.durationAt(index);
        Instant countedTo = pausedAt != null && pausedAt.isBefore(now) ? pausedAt : now;
        Duration elapsed = Duration.between(segmentStart, countedTo).minus(pausedTotal);
        if (elapsed.isNegative()) {
            elapsed = Duration.ZERO;
        }
        Duration remaining = planned.minus(elapsed);
        Duration over = Duration.ZERO;
        SegmentStage stage;
        if (remaining.isNegative() || remaining.isZero()) {
            over = remaining.negated();
            remaining = Duration.ZERO;
            stage = kind().isApply() ? SegmentStage.PACK_OFF_DUE : SegmentStage.BREAK_OVER;
        } else {
            stage = paused() ? SegmentStage.PAUSED : SegmentStage.COUNTING;
        }
        SegmentKind next = plan.isLast(index) && kind().isApply() ? null : plan.kindAt(index + 1);
        return new RunStatus(plan, index, kind(), plan.roundOf(index), stage, planned, elapsed, remaining, over,
                endsAt(now), next);
    }

    /** The next segment, due at {@code dueAt} and started at {@code now}. */
    TherapyRun advance(Instant dueAt, Instant now) {
        return new TherapyRun(plan, sessionStart, index + 1, dueAt, now, null, Duration.ZERO, now);
    }

    TherapyRun pause(Instant now) {
        return new TherapyRun(plan, sessionStart, index, segmentDueAt, segmentStart, now, pausedTotal, now);
    }

    TherapyRun resume(Instant now) {
        return new TherapyRun(plan, sessionStart, index, segmentDueAt, segmentStart, null, pausedUntil(now), now);
    }

    TherapyRun seen(Instant now) {
        return new TherapyRun(plan, sessionStart, index, segmentDueAt, segmentStart, pausedAt, pausedTotal, now);
    }

    /** Every stored instant moved by the same amount (the wall clock jumped while the app watched). */
    public TherapyRun shifted(Duration by) {
        return new TherapyRun(plan, sessionStart.plus(by), index, segmentDueAt.plus(by), segmentStart.plus(by),
                pausedAt == null ? null : pausedAt.plus(by), pausedTotal, lastSeen.plus(by));
    }

    /**
     * The clock was set back (now is before the last instant the app saw): move every stored instant back by the
     * same amount, so the countdown goes on from where it was instead of jumping up or freezing.
     */
    public TherapyRun rebasedIfClockWentBack(Instant now) {
        if (!now.isBefore(lastSeen)) {
            return this;
        }
        Duration back = Duration.between(now, lastSeen);
        return new TherapyRun(plan, sessionStart.minus(back), index, segmentDueAt.minus(back),
                segmentStart.minus(back), pausedAt == null ? null : pausedAt.minus(back), pausedTotal, now);
    }
}
