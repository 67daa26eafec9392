package org.backspasm.core.therapy;

import java.util.Locale;
import org.backspasm.core.i18n.Messages;

/**
 * The words of each alert a session raises (bundle {@code alarms}): at a pack's end, each reminder after it, and when
 * a skin break ends.
 */
final class BoundaryAlerts {
    /** The bundle: {@code org/backspasm/i18n/alarms.properties}. */
    static final String BUNDLE = "alarms";

    private BoundaryAlerts() {
    }

    /**
     * Alert {@code n} of the segment in {@code s} (0 at its end, then the reminders); {@code id} names the session
     * and segment so each alert has a key of its own.
     */
    static BoundaryAlert of(RunStatus s, int n, String id, Locale locale) {
        Messages m = Messages.of(BUNDLE, locale);
        String key = (s.kind().isApply() ? "off:" : "break:") + id + ":" + n;
        if (s.kind().isApply()) {
            boolean ice = s.kind().modality() == Modality.ICE;
            if (n == 0 && s.isLast()) {
                return new BoundaryAlert(BoundaryAlert.AlertKind.SESSION_DONE,
                        ice ? m.text("lastDone.title.ice") : m.text("lastDone.title.heat"), m.text("lastDone.text"),
                        key);
            }
            if (n == 0) {
                return new BoundaryAlert(BoundaryAlert.AlertKind.PACK_OFF,
                        ice ? m.text("packOff.title.ice") : m.text("packOff.title.heat"),
                        m.text("packOff.text", s.planned().toMinutes(), s.plan().breakMinutes()), key);
            }
            String onFor = TimeWords.minutes(s.onFor(), locale);
            String over = TimeWords.minutes(s.over(), locale);
            return new BoundaryAlert(BoundaryAlert.AlertKind.PACK_OFF,
                    ice ? m.text("stillOn.title.ice") : m.text("stillOn.title.heat"),
                    ice ? m.text("stillOn.text.ice", onFor, over, reminder(s, n, m))
                            : m.text("stillOn.text.heat", onFor, over, reminder(s, n, m)), key);
        }
        String title = n == 0 ? m.text("breakOver.title") : m.text("breakOver.titleReminder");
        String text = skinCheckDue(s) ? m.text("breakOver.skinCheck", s.round())
                : s.next() == SegmentKind.APPLY_ICE ? m.text("breakOver.next.ice") : m.text("breakOver.next.heat");
        return new BoundaryAlert(BoundaryAlert.AlertKind.BREAK_OVER, title,
                n == 0 ? text : m.text("withReminder", text, reminder(s, n, m)), key);
    }

    private static String reminder(RunStatus s, int n, Messages m) {
        int of = AlarmSchedule.repeats(s);
        return n >= of ? m.text("lastReminder") : m.text("reminderOf", n, of);
    }

    /**
     * "Until I stop": after every 3 rounds, the end of the skin break asks for a skin check and whether to go on.
     */
    static boolean skinCheckDue(RunStatus s) {
        return s.plan().untilStopped() && !s.kind().isApply() && s.stage() == SegmentStage.BREAK_OVER
                && s.round() % TherapySession.SKIN_CHECK_EVERY_ROUNDS == 0;
    }
}
