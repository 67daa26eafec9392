package org.backspasm.core.therapy;

/** The words of each alert a session raises: at a pack's end, each reminder after it, and when a skin break ends. */
final class BoundaryAlerts {
    private BoundaryAlerts() {
    }

    /**
     * Alert {@code n} of the segment in {@code s} (0 at its end, then the reminders); {@code id} names the session
     * and segment so each alert has a key of its own.
     */
    static BoundaryAlert of(RunStatus s, int n, String id) {
        String key = (s.kind().isApply() ? "off:" : "break:") + id + ":" + n;
        if (s.kind().isApply()) {
            String what = s.kind().modality().word();
            if (n == 0 && s.isLast()) {
                return new BoundaryAlert(BoundaryAlert.AlertKind.SESSION_DONE, "Last round done: take the " + what + " off",
                        "That was the last round. Take the pack off now and check your skin looks and feels normal.",
                        key);
            }
            if (n == 0) {
                return new BoundaryAlert(BoundaryAlert.AlertKind.PACK_OFF, "Time to take the " + what + " off",
                        TimeWords.minutes(s.planned()) + " are up. Take the pack off now; a skin break of at least "
                                + s.plan().breakMinutes() + " minutes starts when you say it is off.", key);
            }
            return new BoundaryAlert(BoundaryAlert.AlertKind.PACK_OFF, "The " + what + " is still on",
                    "It has been on for " + TimeWords.minutes(s.onFor()) + ", " + TimeWords.minutes(s.over())
                            + " longer than planned. Take it off now, then press \"The " + what + " is off\". "
                            + reminder(s, n), key);
        }
        String title = n == 0 ? "Skin break over" : "Skin break over: reminder";
        String text = skinCheckDue(s)
                ? s.round() + " rounds done. Check your skin looks and feels normal, then choose whether to go on "
                        + "with another round or stop."
                : "Check your skin looks and feels normal before the next round. Next: "
                        + s.next().label().toLowerCase() + ".";
        return new BoundaryAlert(BoundaryAlert.AlertKind.BREAK_OVER, title, n == 0 ? text : text + " " + reminder(s, n), key);
    }

    private static String reminder(RunStatus s, int n) {
        int of = AlarmSchedule.repeats(s);
        return n >= of ? "This is the last reminder." : "Reminder " + n + " of " + of + ".";
    }

    /**
     * "Until I stop": after every 3 rounds, the end of the skin break asks for a skin check and whether to go on.
     */
    static boolean skinCheckDue(RunStatus s) {
        return s.plan().untilStopped() && !s.kind().isApply() && s.stage() == SegmentStage.BREAK_OVER
                && s.round() % TherapySession.SKIN_CHECK_EVERY_ROUNDS == 0;
    }
}
