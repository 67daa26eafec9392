package org.backspasm.core.episode;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An open episode of back spasm: when it began (onset, as the user told us) and when it was recorded. Everything
 * else (phase, hours since onset, time to 48 h and 72 h) is computed for an instant, never stored.
 */
public record Episode(Instant onset, Instant recordedAt) {
    /** After this long without an end, Today suggests the warning-sign check (CLINICAL-FACTS 4, item 26). */
    public static final Duration CHECK_AFTER = Duration.ofDays(7);

    public Episode {
        Objects.requireNonNull(onset, "onset");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** Time since onset at the instant; never negative (a clock set back shows zero, not a negative time). */
    public Duration sinceOnset(Instant now) {
        Duration d = Duration.between(onset, now);
        return d.isNegative() ? Duration.ZERO : d;
    }

    public Phase phaseAt(Instant now) {
        return Phase.of(sinceOnset(now));
    }

    /** Whole hours since onset. */
    public long hoursSinceOnset(Instant now) {
        return sinceOnset(now).toHours();
    }

    /** Time left until 48 hours after onset (zero once passed). */
    public Duration untilSwitchover(Instant now) {
        return remaining(Phase.ICE_END, now);
    }

    /** Time left until 72 hours after onset (zero once passed). */
    public Duration untilHeatWindow(Instant now) {
        return remaining(Phase.HEAT_START, now);
    }

    public Instant switchoverAt() {
        return onset.plus(Phase.ICE_END);
    }

    public Instant heatWindowAt() {
        return onset.plus(Phase.HEAT_START);
    }

    /** True when the episode has gone on for 7 days or more: time to suggest the warning-sign check. */
    public boolean suggestsWarningSignCheck(Instant now) {
        return sinceOnset(now).compareTo(CHECK_AFTER) >= 0;
    }

    private Duration remaining(Duration mark, Instant now) {
        Duration left = mark.minus(sinceOnset(now));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
