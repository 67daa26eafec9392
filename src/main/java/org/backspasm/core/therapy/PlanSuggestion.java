package org.backspasm.core.therapy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.backspasm.core.episode.Phase;

/** Which plan to offer, and which safety questions come before a plan starts. */
public final class PlanSuggestion {
    private PlanSuggestion() {
    }

    /**
     * The plan to offer: the minutes and rounds used last time ({@code last}, or the defaults), and the mode the
     * episode's phase suggests (ice in the first 48 hours, alternating ice-first in the switchover, heat after);
     * without an episode ({@code phase} null), the last mode. A modality switched off on {@code today} is never
     * suggested.
     */
    public static TherapyPlan suggest(TherapyPlan last, Phase phase, SafetyAnswers safety, LocalDate today) {
        TherapyPlan base = last == null ? TherapyPlan.defaults(Mode.ICE) : last;
        Mode mode = phase == null ? base.mode() : switch (phase) {
            case ICE_WINDOW -> Mode.ICE;
            case SWITCHOVER_WINDOW -> Mode.ALTERNATING;
            case HEAT_WINDOW, CHRONIC -> Mode.HEAT;
        };
        boolean heatFirst = phase == null && base.heatFirst();
        if (safety.blockedOn(Modality.ICE, today) && mode != Mode.HEAT) {
            mode = Mode.HEAT;
        } else if (safety.blockedOn(Modality.HEAT, today) && mode != Mode.ICE) {
            mode = Mode.ICE;
        }
        return base.withMode(mode, heatFirst);
    }

    /** The modalities of the plan whose safety question must be asked first, in the order they are used. */
    public static List<Modality> safetyChecks(TherapyPlan plan, SafetyAnswers safety, String episodeKey) {
        Modality first = plan.firstModality();
        Modality second = first == Modality.ICE ? Modality.HEAT : Modality.ICE;
        return Stream.of(first, second)
                .filter(m -> plan.uses(m) && safety.needsCheck(m, episodeKey))
                .toList();
    }
}
