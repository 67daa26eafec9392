package org.backspasm.core.therapy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * What to tell someone coming back after the app was closed or the computer slept, from the session's state now:
 * a pack that came off schedule while they were away, a skin break that ended, or a timer that kept running.
 */
public final class AwayReport {
    private AwayReport() {
    }

    public static List<String> describe(RunStatus s, Instant now, ZoneId zone) {
        List<String> out = new ArrayList<>();
        String what = s.kind().isApply() ? s.kind().modality().word() : "skin break";
        switch (s.stage()) {
            case PACK_OFF_DUE -> out.add("While you were away, the " + what + " came off schedule "
                    + TimeWords.span(s.over()) + " ago (at " + TimeWords.clockTime(s.endsAt(), zone)
                    + "): remove it now if it is still on.");
            case BREAK_OVER -> out.add("Your skin break ended at " + TimeWords.clockTime(s.endsAt(), zone)
                    + ". Check your skin looks and feels normal before the next round.");
            case COUNTING -> out.add("While you were away, the " + what + " timer kept running: "
                    + TimeWords.minutes(s.remaining().plusSeconds(59)) + " left, until "
                    + TimeWords.clockTime(s.endsAt(), zone) + ".");
            case PAUSED -> out.add("Your " + what + " timer is paused with "
                    + TimeWords.minutes(s.remaining().plusSeconds(59)) + " left.");
            default -> {
            }
        }
        return out;
    }
}
