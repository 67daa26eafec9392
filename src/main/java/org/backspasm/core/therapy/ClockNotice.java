package org.backspasm.core.therapy;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;
import org.backspasm.core.i18n.Messages;

/**
 * What the user is told when the computer's clock moved while a timer ran (bundle {@code alarms}). The timer follows
 * its stored instants; these sentences say what that means for the pack on the skin. Each is said in the language of
 * the moment it is shown.
 */
public final class ClockNotice {
    /** A difference between the wall clock and the time that really passed smaller than this is not reported. */
    public static final Duration THRESHOLD = Duration.ofSeconds(60);

    private ClockNotice() {
    }

    private static Messages m(Locale locale) {
        return Messages.of(BoundaryAlerts.BUNDLE, locale);
    }

    /** The clock was set back while the app watched: the timer went on from where it was. */
    public static Function<Locale, String> setBack(Duration by) {
        return l -> m(l).text("clock.setBack", TimeWords.span(by, l));
    }

    /** The clock is earlier than when the app last saw the timer, and how much time passed is unknown. */
    public static Function<Locale, String> setBackWhileClosed(RunStatus s) {
        if (!s.kind().isApply()) {
            return l -> m(l).text("clock.setBackWhileClosed.break");
        }
        return s.kind().modality() == Modality.ICE ? l -> m(l).text("clock.setBackWhileClosed.ice")
                : l -> m(l).text("clock.setBackWhileClosed.heat");
    }

    /** The wall clock ran ahead of the time that really passed (a clock change, or a sleep). */
    public static Function<Locale, String> movedForward(Duration by) {
        return l -> m(l).text("clock.movedForward", TimeWords.span(by, l));
    }
}
