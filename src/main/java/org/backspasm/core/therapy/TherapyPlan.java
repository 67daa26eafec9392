package org.backspasm.core.therapy;

import java.time.Duration;
import java.util.Objects;

/**
 * A session plan: the mode (for alternating, whether heat goes first), minutes on (10–20), minutes of skin break
 * between packs (at least 20), and the number of rounds (1–6; 0 means until stopped). A round is one pack on the
 * back; rounds are separated by skin breaks, so a plan of n rounds is apply, break, apply, ... apply.
 * Sources: NINDS, HEALTHWISE, BARTON (up to 20 min); CC-ESSENTIALS (at least 20 min off); CC-MECH (alternating).
 */
public record TherapyPlan(Mode mode, boolean heatFirst, int applyMinutes, int breakMinutes, int rounds) {
    public static final int MIN_APPLY = 10;
    public static final int MAX_APPLY = 20;
    public static final int MIN_BREAK = 20;
    public static final int MAX_BREAK = 60;
    public static final int MAX_ROUNDS = 6;
    public static final int UNTIL_STOPPED = 0;

    public TherapyPlan {
        Objects.requireNonNull(mode, "mode");
        if (applyMinutes < MIN_APPLY || applyMinutes > MAX_APPLY) {
            throw new IllegalArgumentException("A pack stays on for 10 to 20 minutes, not " + applyMinutes + ".");
        }
        if (breakMinutes < MIN_BREAK || breakMinutes > MAX_BREAK) {
            throw new IllegalArgumentException("A skin break lasts 20 to 60 minutes, not " + breakMinutes + ".");
        }
        if (rounds < UNTIL_STOPPED || rounds > MAX_ROUNDS) {
            throw new IllegalArgumentException("A session has 1 to 6 rounds (or runs until stopped), not " + rounds + ".");
        }
    }

    /** The defaults for a mode: 20 minutes on, 20 off, 2 rounds; alternating starts with ice. */
    public static TherapyPlan defaults(Mode mode) {
        return new TherapyPlan(mode, false, 20, 20, 2);
    }

    public boolean untilStopped() {
        return rounds == UNTIL_STOPPED;
    }

    /** The segments in order: even indexes are packs, odd ones skin breaks. */
    public SegmentKind kindAt(int index) {
        if (index % 2 == 1) {
            return SegmentKind.SKIN_BREAK;
        }
        return SegmentKind.apply(modalityOfRound(roundOf(index)));
    }

    /** Which modality the round (1-based) uses. */
    public Modality modalityOfRound(int round) {
        return switch (mode) {
            case ICE -> Modality.ICE;
            case HEAT -> Modality.HEAT;
            case ALTERNATING -> (round % 2 == 1) == !heatFirst ? Modality.ICE : Modality.HEAT;
        };
    }

    /** The first modality used. */
    public Modality firstModality() {
        return modalityOfRound(1);
    }

    /** The round (1-based) a segment belongs to: a skin break belongs to the pack before it. */
    public int roundOf(int index) {
        return index / 2 + 1;
    }

    public Duration durationAt(int index) {
        return Duration.ofMinutes(index % 2 == 0 ? applyMinutes : breakMinutes);
    }

    /** True for the last pack of a plan with a set number of rounds. */
    public boolean isLast(int index) {
        return !untilStopped() && index >= 2 * rounds - 2;
    }

    public boolean uses(Modality m) {
        return mode == Mode.ALTERNATING || firstModality() == m;
    }

    public TherapyPlan withMode(Mode m, boolean heatFirstValue) {
        return new TherapyPlan(m, heatFirstValue, applyMinutes, breakMinutes, rounds);
    }
}
