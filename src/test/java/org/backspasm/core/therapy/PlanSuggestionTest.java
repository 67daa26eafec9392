package org.backspasm.core.therapy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.backspasm.core.episode.Phase;
import org.junit.jupiter.api.Test;

class PlanSuggestionTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void thePhaseChoosesTheModeAndTheLastPlanTheTimes() {
        TherapyPlan last = new TherapyPlan(Mode.HEAT, true, 15, 30, 2);
        assertEquals(Mode.ICE, PlanSuggestion.suggest(last, Phase.ICE_WINDOW, SafetyAnswers.NONE, TODAY).mode());
        TherapyPlan switchover = PlanSuggestion.suggest(last, Phase.SWITCHOVER_WINDOW, SafetyAnswers.NONE, TODAY);
        assertEquals(Mode.ALTERNATING, switchover.mode());
        assertEquals(15, switchover.applyMinutes());
        assertEquals(Mode.HEAT, PlanSuggestion.suggest(last, Phase.CHRONIC, SafetyAnswers.NONE, TODAY).mode());
        assertEquals(last, PlanSuggestion.suggest(last, null, SafetyAnswers.NONE, TODAY), "no episode: as last time");
        assertEquals(TherapyPlan.defaults(Mode.ICE), PlanSuggestion.suggest(null, null, SafetyAnswers.NONE, TODAY));
    }

    @Test
    void aSwitchedOffModalityIsNeverSuggested() {
        SafetyAnswers noHeatToday = SafetyAnswers.NONE.withHeatOffOn(TODAY);
        assertEquals(Mode.ICE, PlanSuggestion.suggest(null, Phase.HEAT_WINDOW, noHeatToday, TODAY).mode());
        assertEquals(Mode.ICE, PlanSuggestion.suggest(null, Phase.SWITCHOVER_WINDOW, noHeatToday, TODAY).mode());
        assertEquals(Mode.HEAT, PlanSuggestion.suggest(null, Phase.HEAT_WINDOW, noHeatToday, TODAY.plusDays(1)).mode());
    }

    @Test
    void safetyQuestionsComeInTheOrderTheModalitiesAreUsed() {
        TherapyPlan heatFirst = TherapyPlan.defaults(Mode.ALTERNATING).withMode(Mode.ALTERNATING, true);
        assertEquals(List.of(Modality.HEAT, Modality.ICE), PlanSuggestion.safetyChecks(heatFirst, SafetyAnswers.NONE, "e"));
        SafetyAnswers iceAnswered = SafetyAnswers.NONE.answer(Modality.ICE, false, "e");
        assertEquals(List.of(Modality.HEAT), PlanSuggestion.safetyChecks(heatFirst, iceAnswered, "e"));
        assertEquals(List.of(), PlanSuggestion.safetyChecks(TherapyPlan.defaults(Mode.ICE), iceAnswered, "e"));
    }
}
