package org.backspasm.core.therapy;

import java.time.Duration;

/**
 * What the user is told when the computer's clock moved while a timer ran. The timer follows its stored instants;
 * these sentences say what that means for the pack on the skin.
 */
public final class ClockNotice {
    /** A difference between the wall clock and the time that really passed smaller than this is not reported. */
    public static final Duration THRESHOLD = Duration.ofSeconds(60);

    private ClockNotice() {
    }

    /** The clock was set back while the app watched: the timer went on from where it was. */
    public static String setBack(Duration by) {
        return "Your computer's clock was set back by " + TimeWords.span(by) + ". The timer went on from where it "
                + "was: no time was added to the pack on your skin.";
    }

    /** The clock is earlier than when the app last saw the timer, and how much time passed is unknown. */
    public static String setBackWhileClosed(RunStatus s) {
        if (s.kind().isApply()) {
            return "Your computer's clock is earlier than when the app last saw this timer, so the app cannot tell how "
                    + "long the " + s.kind().modality().word() + " has been on. To be safe it counts the pack's time "
                    + "as up: take it off now if it is still on.";
        }
        return "Your computer's clock is earlier than when the app last saw this timer. The skin break goes on from "
                + "where it was, so it can only be longer than planned.";
    }

    /** The wall clock ran ahead of the time that really passed (a clock change, or a sleep). */
    public static String movedForward(Duration by) {
        return "Your computer's clock moved forward by " + TimeWords.span(by) + " (or the computer was asleep). "
                + "The timer follows the clock, so a pack may show as due early: that only shortens its time on the skin.";
    }
}
