package org.backspasm.ui.therapy;

import java.time.ZoneId;
import org.backspasm.core.therapy.Modality;
import org.backspasm.core.therapy.RunStatus;
import org.backspasm.core.therapy.SegmentKind;
import org.backspasm.core.therapy.SegmentStage;
import org.backspasm.core.therapy.TherapyAdvice;
import org.backspasm.core.therapy.TherapyPlan;
import org.backspasm.core.therapy.TimeWords;
import org.backspasm.ui.text.Texts;

/**
 * What the timer view says about a running segment (bundle {@code therapy}): the countdown, the round, the stage,
 * what comes next.
 *
 * @param minutesOnly whether the countdown shows whole minutes (the window is not focused)
 */
record TimerTexts(String countdown, String segment, String round, String stage, String next, String accessible,
        boolean minutesOnly) {

    /** @param minutesOnly nobody sees the seconds (the window is not focused): the countdown shows minutes */
    static TimerTexts of(RunStatus s, boolean minutesOnly, ZoneId zone, Texts t) {
        boolean over = s.stage() == SegmentStage.PACK_OFF_DUE || s.stage() == SegmentStage.BREAK_OVER;
        String countdown;
        if (minutesOnly) { // nobody sees the seconds: show minutes
            long m = over ? s.over().toMinutes() : s.remaining().plusSeconds(59).toMinutes();
            countdown = (over ? "+" : "") + t.formats().number(m, 0);
        } else {
            countdown = over ? "+" + TimeWords.countdown(s.over()) : TimeWords.countdown(s.remaining());
        }
        String round = s.rounds() == TherapyPlan.UNTIL_STOPPED ? t.get("timer.round.untilStopped", s.round())
                : t.get("timer.round.of", s.round(), s.rounds());
        boolean ice = s.kind().modality() == Modality.ICE;
        String onFor = TimeWords.minutes(s.onFor(), t.locale());
        String longer = TimeWords.minutes(s.over(), t.locale());
        String stage = switch (s.stage()) {
            case COUNTING -> s.kind().isApply()
                    ? t.get("timer.stage.takeOffAt", TimeWords.clockTime(s.endsAt(), zone, t.locale()))
                    : t.get("timer.stage.breakEndsAt", TimeWords.clockTime(s.endsAt(), zone, t.locale()));
            case PAUSED -> t.get("timer.stage.paused");
            case PACK_OFF_DUE -> s.over().toMinutes() >= 1
                    ? (ice ? t.get("timer.stage.overdueLonger.ice", onFor, longer)
                            : t.get("timer.stage.overdueLonger.heat", onFor, longer))
                    : (ice ? t.get("timer.stage.overdue.ice", onFor) : t.get("timer.stage.overdue.heat", onFor));
            case BREAK_OVER -> t.get("timer.stage.breakOver", TherapyAdvice.SKIN_CHECK.text(t.locale()));
        };
        String next = s.next() == null ? t.get("timer.next.end")
                : s.next() == SegmentKind.APPLY_ICE ? t.get("timer.next.ice")
                : s.next() == SegmentKind.APPLY_HEAT ? t.get("timer.next.heat")
                : t.get("timer.next.break", s.plan().breakMinutes());
        String left = TimeWords.minutes(s.remaining().plusSeconds(59), t.locale());
        String minutes = s.stage() == SegmentStage.PACK_OFF_DUE ? t.get("timer.left.overdue")
                : s.stage() == SegmentStage.BREAK_OVER ? t.get("timer.left.breakOver")
                : s.stage() == SegmentStage.PAUSED ? t.get("timer.left.paused", left) : t.get("timer.left.counting", left);
        String segment = segment(s.kind(), t);
        String accessible = s.rounds() == TherapyPlan.UNTIL_STOPPED
                ? t.get("timer.accessible.untilStopped", segment, s.round(), minutes)
                : t.get("timer.accessible.of", segment, s.round(), s.rounds(), minutes);
        return new TimerTexts(countdown, segment, round, stage, next, accessible, minutesOnly);
    }

    /** "Ice on", "Heat on", "Skin break". */
    static String segment(SegmentKind k, Texts t) {
        return switch (k) {
            case APPLY_ICE -> t.get("timer.segment.ice");
            case APPLY_HEAT -> t.get("timer.segment.heat");
            case SKIN_BREAK -> t.get("timer.segment.break");
        };
    }
}
