package org.backspasm.ui.therapy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.backspasm.core.journal.EpisodeEvent;
import org.backspasm.core.journal.SegmentOutcome;
import org.backspasm.core.journal.TherapySegment;
import org.backspasm.core.journal.TherapySegmentRecord;
import org.backspasm.core.therapy.Mode;
import org.backspasm.core.therapy.TherapyPlan;
import org.backspasm.testing.AppUiTest;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.alert.AlertRecord;
import org.backspasm.ui.alert.Cue;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

class TherapyScreenTest extends AppUiTest {

    private TherapyModel model() {
        return ((TherapyScreen) shell.screen(ScreenId.THERAPY)).model();
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    private void advance(long minutes) {
        clock.advanceMinutes(minutes);
        fx(() -> model().refresh());
    }

    private List<TherapySegmentRecord> segments() {
        return ctx.journal().entries().stream().filter(TherapySegmentRecord.class::isInstance)
                .map(TherapySegmentRecord.class::cast).toList();
    }

    private void startWithSafetyNo(String modeId, String safetyId) {
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        clickOn(modeId);
        clickOn("#therapy-start");
        clickOn(safetyId + "-no");
        WaitForAsyncUtils.waitForFxEvents();
        if (lookup("#heat-today").tryQuery().isPresent()) {
            clickOn("#heat-today-no"); // asked at every heat start
        }
    }

    @Test
    void startPauseResumeSkipStopWithTheKeyboardAndJournal() {
        startWithSafetyNo("#mode-ice", "#safety-ice");
        assertTrue(model().runningProperty().get());
        assertEquals("Ice on", text("#timer-segment"));
        assertEquals("Round 1 of 2", text("#timer-round"));
        assertTrue(model().ticking(), "the ticker runs while a countdown runs");
        advance(5);
        assertEquals("15:00", text("#ring-time"));

        assertFalse(lookup("#timer-pause").query().isVisible(), "no pause is offered with the pack on");
        push(KeyCode.SPACE);
        assertTrue(model().ticking(), "Space does not pause a pack");
        advance(2);
        assertEquals("13:00", text("#ring-time"));
        assertEquals("Take it off now (N)", lookup("#timer-step").queryAs(Button.class).getText());

        push(KeyCode.N); // take the ice off now
        assertEquals("Skin break", text("#timer-segment"));
        assertEquals("20:00", text("#ring-time"));
        assertEquals(SegmentOutcome.SKIPPED, segments().get(0).outcome());
        assertEquals(java.time.Duration.ofMinutes(7), java.time.Duration.between(segments().get(0).actualStart(),
                segments().get(0).actualEnd()), "the true time on the skin");

        push(KeyCode.SPACE); // a skin break can be paused
        assertEquals("Resume (Space)", lookup("#timer-pause").queryAs(Button.class).getText());
        assertFalse(model().ticking(), "no ticks while paused");
        advance(3);
        assertEquals("20:00", text("#ring-time"));
        push(KeyCode.SPACE);
        assertTrue(model().ticking());

        advance(5);
        push(KeyCode.N); // ending the break early asks first
        assertTrue(lookup("#confirm-end-break").tryQuery().isPresent());
        push(KeyCode.ESCAPE);
        assertTrue(lookup("#confirm-end-break").tryQuery().isEmpty());
        assertEquals("Skin break", text("#timer-segment"));
        assertEquals(1, segments().size());

        push(KeyCode.ESCAPE); // stop asks first
        clickOn("#confirm-stop-yes");
        assertFalse(model().runningProperty().get());
        assertFalse(model().ticking(), "nothing ticks when no timer runs");
        assertFalse(ctx.ticker().isRunning(), "the heartbeat itself is stopped");
        assertEquals(2, segments().size());
        assertEquals(TherapySegment.SKIN_BREAK, segments().get(1).segment());
        assertEquals(SegmentOutcome.STOPPED_EARLY, segments().get(1).outcome());
        assertTrue(lookup("#therapy-start").tryQuery().isPresent());
        assertEquals("Ice, 7 min, skipped", segments().get(0).summary());
        assertEquals("Skin break, 8 min, stopped early", segments().get(1).summary());
        push(KeyCode.CONTROL, KeyCode.DIGIT5);
        assertTrue(lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getText() != null && c.getText().endsWith("Skin break, 8 min, stopped early")).tryQuery().isPresent(),
                "the journal screen lists the stopped break");
    }

    @Test
    void endingABreakEarlyIsConfirmedAndRecorded() {
        startWithSafetyNo("#mode-alt-heat", "#safety-heat");
        clickOn("#safety-ice-no");
        clickOn("#heat-today-no");
        assertEquals("Heat on", text("#timer-segment"));
        advance(20);
        push(KeyCode.N); // the heat is off
        advance(10);
        push(KeyCode.N);
        clickOn("#confirm-end-break-yes");
        assertEquals("Ice on", text("#timer-segment"));
        assertEquals("Round 2 of 2", text("#timer-round"));
        TherapySegmentRecord brk = segments().get(1);
        assertEquals(SegmentOutcome.SKIPPED, brk.outcome());
        assertTrue(brk.note().contains("you confirmed"), brk.note());
    }

    @Test
    void alertsAtEveryBoundaryAreHeardAndKept() {
        startWithSafetyNo("#mode-heat", "#safety-heat");
        advance(20);
        AlertRecord off = ctx.alerter().history().get(ctx.alerter().history().size() - 1);
        assertEquals(Cue.PACK_OFF, off.cue());
        assertTrue(text("#timer-stage").startsWith("Take the heat off now"));
        advance(1);
        assertEquals(1, ctx.alerter().history().size(), "no reminder after 1 minute");
        advance(1);
        assertEquals(2, ctx.alerter().history().size(), "reminds every 2 minutes while the pack is on");
        assertTrue(text("#timer-stage").contains("2 minutes longer than planned"));
        assertEquals("+2:00", text("#ring-time"));
        push(KeyCode.N); // heat is off: skin break
        advance(20);
        assertEquals(Cue.BREAK_OVER, ctx.alerter().history().get(2).cue());
        assertTrue(text("#timer-stage").contains("Check your skin"));
        push(KeyCode.N); // start round 2
        assertEquals("Round 2 of 2", text("#timer-round"));
        advance(20);
        assertEquals(Cue.SESSION_DONE, ctx.alerter().history().get(3).cue());
        push(KeyCode.N);
        assertFalse(model().runningProperty().get());
        assertTrue(lookup("#therapy-finished").queryAs(Label.class).getText().startsWith("Session finished"));
        assertEquals(List.of(Cue.PACK_OFF, Cue.PACK_OFF, Cue.BREAK_OVER, Cue.SESSION_DONE), sound.played());
        assertEquals(3, segments().size());
        assertFalse(model().ticking());
    }

    @Test
    void thePlanCardsControlsAreBoundBothWaysToThePlanForm() {
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        PlanForm form = ((TherapyScreen) shell.screen(ScreenId.THERAPY)).planForm();
        @SuppressWarnings("unchecked")
        Spinner<Integer> apply = lookup("#plan-apply-minutes").queryAs(Spinner.class);
        @SuppressWarnings("unchecked")
        ChoiceBox<Integer> rounds = lookup("#plan-rounds").queryAs(ChoiceBox.class);
        fx(() -> {
            form.applyMinutesProperty().set(15);
            form.roundsProperty().set(4);
            form.choiceProperty().set(PlanForm.Choice.ALTERNATING_HEAT_FIRST);
        });
        assertEquals(15, apply.getValue());
        assertEquals(4, rounds.getValue());
        assertTrue(lookup("#mode-alt-heat").queryAs(ToggleButton.class).isSelected());
        assertEquals("Start with heat", lookup("#therapy-start").queryAs(Button.class).getText());

        fx(apply::decrement);
        clickOn("#mode-ice");
        clickOn("#mode-ice"); // a second click does not leave the card without a mode
        assertTrue(lookup("#mode-ice").queryAs(ToggleButton.class).isSelected());
        assertEquals(new TherapyPlan(Mode.ICE, false, 14, 20, 4), form.plan());
        clickOn("#therapy-start");
        clickOn("#safety-ice-no");
        assertEquals(new TherapyPlan(Mode.ICE, false, 14, 20, 4), model().statusProperty().get().plan(),
                "what starts is what the card showed");
    }

    @Test
    void aYesToASafetyQuestionBlocksThatModalityUntilChangedInSettings() {
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        clickOn("#mode-ice");
        clickOn("#therapy-start");
        clickOn("#safety-ice-yes");
        assertFalse(model().runningProperty().get());
        assertTrue(text("#plan-blocked").contains("ask a doctor"));
        assertTrue(lookup("#mode-ice").query().isDisabled());
        assertTrue(lookup("#mode-alt-heat").query().isDisabled());
        assertTrue(lookup("#mode-heat").queryAs(javafx.scene.control.ToggleButton.class).isSelected(), "heat offered instead");
        assertEquals("Start heat", lookup("#therapy-start").queryAs(Button.class).getText());
        assertFalse(lookup("#therapy-start").queryAs(Button.class).isDisabled());

        push(KeyCode.CONTROL, KeyCode.DIGIT6);
        CheckBox block = lookup("#settings-block-ice").queryAs(CheckBox.class);
        assertTrue(block.isSelected());
        fx(() -> block.setSelected(false));
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        clickOn("#mode-ice");
        assertFalse(lookup("#therapy-start").queryAs(Button.class).isDisabled());
        clickOn("#therapy-start");
        assertTrue(lookup("#safety-ice").tryQuery().isPresent(), "asked again after unblocking");
    }

    @Test
    void episodeCardOnTodayShowsThePhaseAndAfterAWeekSuggestsTheCheck() {
        clickOn("#today-onset-last-night");
        assertEquals("First 48 hours", text("#today-phase"));
        assertTrue(text("#today-since").startsWith("11 hours since it began"), text("#today-since"));
        assertTrue(text("#today-marks").startsWith("48 hours in 36 h 30 min"), text("#today-marks"));
        EpisodeEvent started = (EpisodeEvent) ctx.journal().entries().get(0);
        assertEquals(EpisodeEvent.Kind.STARTED, started.kind());
        assertTrue(lookup("#today-week-nudge").tryQuery().isEmpty());

        clock.advance(java.time.Duration.ofDays(7));
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertEquals("After 72 hours", text("#therapy-phase"));
        push(KeyCode.CONTROL, KeyCode.DIGIT1);
        assertTrue(lookup("#today-week-nudge").tryQuery().isEmpty(),
                "on Today the follow-up card says it once (issue 17), with the check one click away");
        assertTrue(lookup("#follow-up").query().isVisible());
        clickOn("#follow-up-check");
        assertEquals(ScreenId.WARNING_SIGNS, shell.currentProperty().get());
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertTrue(lookup("#therapy-week-nudge").tryQuery().isPresent(), "Ice & Heat keeps its nudge");

        push(KeyCode.CONTROL, KeyCode.DIGIT1);
        clickOn("#today-end-episode");
        assertEquals(EpisodeEvent.Kind.ENDED, ((EpisodeEvent) ctx.journal().entries().get(1)).kind());
        assertTrue(lookup("#today-onset-just-now").tryQuery().isPresent());
    }

    @Test
    void aFutureOnsetIsRefusedWithAMessage() {
        clickOn("#today-onset-time").write("23:59");
        clickOn("#today-onset-set");
        assertTrue(text("#today-onset-message").contains("in the future"));
        assertTrue(ctx.journal().entries().isEmpty());
    }

    @Test
    void todayShowsTheRunningTimerAndLeadsBackToIt() {
        assertFalse(lookup("#today-running-timer").query().isVisible(), "nothing runs: no card");
        startWithSafetyNo("#mode-heat", "#safety-heat");
        advance(3);
        push(KeyCode.CONTROL, KeyCode.DIGIT1);
        assertTrue(lookup("#today-running-timer").query().isVisible());
        assertEquals("17:00", text("#today-timer-time"));
        advance(1);
        assertEquals("16:00", text("#today-timer-time"), "it follows the same model the ticker refreshes");
        clickOn("Open the timer (" + shell.shortcutText(ScreenId.THERAPY) + ")");
        assertEquals(ScreenId.THERAPY, shell.currentProperty().get());
    }
}
