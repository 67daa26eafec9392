package org.backspasm.core.therapy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backspasm.core.i18n.Messages;

/**
 * What to tell someone coming back after the app was closed or the computer slept, from the session's state now
 * (bundle {@code alarms}): a pack that came off schedule while they were away, a skin break that ended, or a timer
 * that kept running.
 */
public final class AwayReport {
    private AwayReport() {
    }

    public static List<String> describe(RunStatus s, Instant now, ZoneId zone, Locale locale) {
        Messages m = Messages.of(BoundaryAlerts.BUNDLE, locale);
        List<String> out = new ArrayList<>();
        boolean ice = s.kind().modality() == Modality.ICE;
        boolean pack = s.kind().isApply();
        String until = TimeWords.clockTime(s.endsAt(), zone, locale);
        String left = TimeWords.minutes(s.remaining().plusSeconds(59), locale);
        switch (s.stage()) {
            case PACK_OFF_DUE -> {
                String ago = TimeWords.span(s.over(), locale);
                out.add(ice ? m.text("away.packDue.ice", ago, until) : m.text("away.packDue.heat", ago, until));
            }
            case BREAK_OVER -> out.add(m.text("away.breakOver", until));
            case COUNTING -> out.add(!pack ? m.text("away.counting.break", left, until)
                    : ice ? m.text("away.counting.ice", left, until) : m.text("away.counting.heat", left, until));
            case PAUSED -> out.add(!pack ? m.text("away.paused.break", left)
                    : ice ? m.text("away.paused.ice", left) : m.text("away.paused.heat", left));
            default -> {
            }
        }
        return out;
    }
}
