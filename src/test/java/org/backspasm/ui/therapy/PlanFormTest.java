package org.backspasm.ui.therapy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.therapy.Modality;
import org.backspasm.core.therapy.Mode;
import org.backspasm.core.therapy.TherapyAdvice;
import org.backspasm.core.therapy.TherapyPlan;
import org.backspasm.core.therapy.TherapySession;
import org.backspasm.core.therapy.TherapyState;
import org.backspasm.testing.FakeClock;
import org.backspasm.testing.ManualAlarmScheduler;
import org.backspasm.ui.therapy.PlanForm.Choice;
import org.junit.jupiter.api.Test;

/** The plan being edited on Ice &amp; Heat, as plain state: no window, no robot, a fake clock. */
class PlanFormTest {
    private final FakeClock clock = FakeClock.at("2026-11-22T10:00:00Z");
    private final ManualAlarmScheduler alarms = new ManualAlarmScheduler(clock);
    private final List<JournalEntry> journal = new ArrayList<>();
    private final TherapyModel model;
    private final PlanForm form;

    PlanFormTest() {
        model = HeadlessTherapy.model(clock, alarms, new TherapySession(clock, alarms::monotonicNanos,
                TherapyState.EMPTY, s -> { }, journal::add), journal);
        form = new PlanForm(model);
    }

    @Test
    void offersTheDefaultsAndATipWhileNoEpisodeIsKnown() {
        assertEquals(new TherapyPlan(Mode.ICE, false, 20, 20, 2), form.plan());
        assertEquals(Choice.ICE, form.choiceProperty().get());
        assertEquals(model.texts().get("plan.tip"), form.suggestionProperty().get());
        assertTrue(form.suggestionSourcesProperty().get().isEmpty());
        assertEquals("Start ice", form.startTextProperty().get());
        assertFalse(form.startDisabledProperty().get());
        assertFalse(form.alternatingProperty().get());
        assertEquals("", form.blockedTextProperty().get());
    }

    @Test
    void editingThePropertiesIsEditingThePlan() {
        form.choiceProperty().set(Choice.ALTERNATING_HEAT_FIRST);
        form.applyMinutesProperty().set(15);
        form.breakMinutesProperty().set(30);
        form.roundsProperty().set(TherapyPlan.UNTIL_STOPPED);
        assertEquals(new TherapyPlan(Mode.ALTERNATING, true, 15, 30, TherapyPlan.UNTIL_STOPPED), form.plan());
        assertEquals("Start with heat", form.startTextProperty().get());
        assertTrue(form.alternatingProperty().get(), "the alternating advice shows");
        form.choiceProperty().set(Choice.HEAT);
        assertEquals(new TherapyPlan(Mode.HEAT, false, 15, 30, TherapyPlan.UNTIL_STOPPED), form.plan());
        assertEquals("Start heat", form.startTextProperty().get());
        assertFalse(form.alternatingProperty().get());
    }

    @Test
    void whenTheTimerStopsTheFormOffersWhatWasUsedLastTime() {
        form.choiceProperty().set(Choice.HEAT);
        form.applyMinutesProperty().set(12);
        form.roundsProperty().set(3);
        model.answerSafety(Modality.HEAT, false);
        model.start(form.plan());
        form.applyMinutesProperty().set(18); // an edit of a plan that is not on show while the timer runs
        model.stop();
        assertEquals(new TherapyPlan(Mode.HEAT, false, 12, 20, 3), form.plan(), "no episode: the last mode too");
    }

    @Test
    void heatOffTodaySaysWhyMakesHeatUnavailableAndComesBackTheNextDay() {
        form.choiceProperty().set(Choice.HEAT);
        model.setHeatOffToday(true); // the model's change reaches the form without a re-push
        assertEquals(Set.of(Modality.HEAT), form.offProperty().get());
        assertTrue(form.blockedTextProperty().get().startsWith("No heat today"), form.blockedTextProperty().get());
        assertFalse(form.blockedSourcesProperty().get().isEmpty(), "the reason has its sources");
        assertTrue(form.startDisabledProperty().get(), "the heat plan chosen cannot start");
        assertTrue(form.unavailable(Choice.HEAT).get());
        assertTrue(form.unavailable(Choice.ALTERNATING_ICE_FIRST).get());
        assertFalse(form.unavailable(Choice.ICE).get());
        form.choiceProperty().set(Choice.ICE);
        assertFalse(form.startDisabledProperty().get());

        form.offer();
        assertEquals(Choice.ICE, form.choiceProperty().get(), "heat is never offered while it is off");
        clock.advance(Duration.ofDays(1));
        form.offer();
        assertEquals("", form.blockedTextProperty().get(), "the next day heat is back");
        assertFalse(form.unavailable(Choice.HEAT).get());
    }

    @Test
    void aLastingCautionIsSaidAndItsModalityNeverOffered() {
        model.setConcern(Modality.ICE, true);
        assertEquals(Set.of(Modality.ICE), form.offProperty().get());
        assertEquals(TherapyAdvice.blockedText(model.safetyProperty().get(), Modality.ICE, model.today()).text(),
                form.blockedTextProperty().get());
        form.offer();
        assertEquals(Choice.HEAT, form.choiceProperty().get());
        assertFalse(form.startDisabledProperty().get());
    }

    @Test
    void anEpisodeBringsTheSuggestionForItsPhaseAndTheModeItSuggests() {
        form.choiceProperty().set(Choice.HEAT);
        model.episode().start(clock.instant().minus(Duration.ofHours(3)));
        assertEquals(Choice.ICE, form.choiceProperty().get(), "ice in the first 48 hours");
        assertFalse(form.suggestionSourcesProperty().get().isEmpty());
        String early = form.suggestionProperty().get();
        clock.advance(Duration.ofHours(50));
        form.offer();
        assertEquals(Choice.ALTERNATING_ICE_FIRST, form.choiceProperty().get(), "the switchover");
        assertFalse(early.equals(form.suggestionProperty().get()), "the suggestion follows the phase");
    }
}
