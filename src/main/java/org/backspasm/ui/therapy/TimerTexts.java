package org.backspasm.ui.therapy;

import java.time.ZoneId;
import org.backspasm.core.therapy.RunStatus;
import org.backspasm.core.therapy.SegmentStage;
import org.backspasm.core.therapy.TherapyAdvice;
import org.backspasm.core.therapy.TherapyPlan;
import org.backspasm.core.therapy.TimeWords;

/** What the timer view says about a running segment: the countdown, the round, the stage, what comes next. */
record TimerTexts(String countdown, String segment, String round, String stage, String next, String accessible) {

    /** @param minutesOnly nobody sees the seconds (the window is not focused): the countdown shows minutes */
    static TimerTexts of(RunStatus s, boolean minutesOnly, ZoneId zone) {
        String what = s.kind().isApply() ? s.kind().modality().word() : "skin break";
        boolean over = s.stage() == SegmentStage.PACK_OFF_DUE || s.stage() == SegmentStage.BREAK_OVER;
        String countdown;
        if (minutesOnly) { // nobody sees the seconds: show minutes
            countdown = (over ? "+" + s.over().toMinutes() : s.remaining().plusSeconds(59).toMinutes())
                    + TherapyModel.MINUTES;
        } else {
            countdown = over ? "+" + TimeWords.countdown(s.over()) : TimeWords.countdown(s.remaining());
        }
        String round = s.rounds() == TherapyPlan.UNTIL_STOPPED
                ? "Round " + s.round() + " (until you stop)" : "Round " + s.round() + " of " + s.rounds();
        String stage = switch (s.stage()) {
            case COUNTING -> (s.kind().isApply() ? "Take it off at " : "The break ends at ")
                    + TimeWords.clockTime(s.endsAt(), zone) + ".";
            case PAUSED -> "Paused. Press Resume (Space) to carry on.";
            case PACK_OFF_DUE -> "Take the " + what + " off now. It has been on for " + TimeWords.minutes(s.onFor())
                    + (s.over().toMinutes() >= 1 ? ", " + TimeWords.minutes(s.over()) + " longer than planned." : ".");
            case BREAK_OVER -> "Skin break over. " + TherapyAdvice.SKIN_CHECK.text();
        };
        String next = s.next() == null ? "Next: the session ends. Check your skin."
                : "Next: " + s.next().label().toLowerCase()
                        + (s.next().isApply() ? "" : ", at least " + s.plan().breakMinutes() + " minutes");
        String minutes = s.stage() == SegmentStage.PACK_OFF_DUE ? "time is up, take it off now"
                : s.stage() == SegmentStage.BREAK_OVER ? "skin break over"
                : TimeWords.minutes(s.remaining().plusSeconds(59)) + " left" + (s.stage() == SegmentStage.PAUSED ? ", paused" : "");
        return new TimerTexts(countdown, s.kind().label(), round, stage, next,
                s.kind().label() + ", " + round.toLowerCase() + ": " + minutes + ".");
    }
}
