package org.backspasm.ui.stretch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.backspasm.core.state.Sections;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.StretchOutcome;
import org.backspasm.core.journal.StretchSessionRecord;
import org.backspasm.core.stretch.Caution;
import org.backspasm.core.stretch.CautionAnswers;
import org.backspasm.core.stretch.PlayerState;
import org.backspasm.core.stretch.StretchState;
import org.backspasm.store.StateStore;
import org.backspasm.store.StoreNotices;
import org.backspasm.testing.AppUiTest;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.alert.Cue;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

class StretchScreenTest extends AppUiTest {

    @Override
    protected void prepareDataDir(Path dir) throws IOException {
        if (!getClass().equals(StretchScreenTest.class)) {
            return;
        }
        StateStore s = StateStore.open(dir, Runnable::run, new StoreNotices(), Clock.systemUTC());
        s.put(Sections.STRETCH, StretchState.EMPTY.withCautions(CautionAnswers.answered(Set.of())));
    }

    private StretchModel model() {
        return ((StretchScreen) shell.screen(ScreenId.STRETCHES)).model();
    }

    private void tick(Duration d) {
        clock.advance(d);
        fx(() -> model().refresh());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private PlayerState player() {
        return model().playerStateProperty().get();
    }

    private StretchSessionRecord lastSession() {
        List<JournalEntry> all = ctx.journal().entries();
        return (StretchSessionRecord) all.stream().filter(e -> e instanceof StretchSessionRecord)
                .reduce((a, b) -> b).orElseThrow();
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void walkRoutineRunsToItsEndByKeyboard() {
        push(KeyCode.CONTROL, KeyCode.DIGIT3);
        clickOn("#routine-walk");
        fx(() -> lookup("#stretch-start").query().requestFocus());
        push(KeyCode.SPACE);
        assertEquals(StretchModel.Page.PLAYING, model().pageProperty().get());
        assertEquals("Light walking", text("#stretch-name"));
        assertTrue(model().tickerSubscribed());
        push(KeyCode.SPACE);
        assertEquals(PlayerState.Status.PAUSED, player().status());
        assertFalse(model().tickerSubscribed(), "no ticking while paused");
        tick(Duration.ofMinutes(3));
        assertEquals(10, player().secondsLeft(), "paused time does not count");
        push(KeyCode.SPACE);
        assertEquals(PlayerState.Status.RUNNING, player().status());
        push(KeyCode.RIGHT);
        assertEquals("5:00", text("#stretch-count"));
        push(KeyCode.LEFT);
        assertEquals("Stand up tall. Have something steady nearby to hold if you need it.", text("#stretch-step"));
        push(KeyCode.RIGHT);
        tick(Duration.ofSeconds(61));
        assertEquals("3:59", text("#stretch-count"));
        tick(Duration.ofMinutes(4));
        assertEquals(PlayerState.Status.DONE, player().status());
        assertTrue(lookup("#stretch-done").query().isVisible());
        assertTrue(sound.played().contains(Cue.STRETCH_DONE));
        assertFalse(model().tickerSubscribed());
        StretchSessionRecord r = lastSession();
        assertEquals(StretchOutcome.COMPLETED, r.outcome());
        assertEquals(List.of("walk"), r.stretchesDone());
        assertEquals(clock.instant().minusSeconds(1), r.at(), "journalled at the moment the walk ended");
    }

    @Test
    void gentleReliefByMouseWithSkipsAndSides() {
        clickOn("#nav-stretches");
        clickOn("#routine-gentle-relief");
        clickOn("#stretch-start");
        clickOn("#stretch-skip");
        assertEquals("Pelvic tilt", text("#stretch-name"));
        clickOn("#stretch-skip");
        assertEquals("Knee to chest", text("#stretch-name"));
        assertEquals("Left side", text("#stretch-side"));
        tick(Duration.ofSeconds(12));
        assertEquals("Rep 1 of 2", text("#stretch-rep"));
        assertTrue(sound.played().contains(Cue.STEP));
        int before = sound.played().size();
        tick(Duration.ofSeconds(4));
        assertEquals(Cue.HOLD_DONE, sound.played().get(before));
        for (int i = 0; i < 5; i++) {
            clickOn("#stretch-next-button");
        }
        assertEquals("Right side", text("#stretch-side"));
        assertTrue(sound.played().contains(Cue.SWITCH_SIDES));
        assertTrue(((StretchScreen) shell.screen(ScreenId.STRETCHES)).figure().isMirrored(),
                "the other side is drawn mirrored");
        clickOn("#stretch-skip");
        assertEquals("Cat-cow", text("#stretch-name"));
        clickOn("#stretch-skip");
        clickOn("#stretch-skip");
        assertEquals(PlayerState.Status.DONE, player().status());
        assertEquals(StretchOutcome.COMPLETED, lastSession().outcome());
        assertEquals(List.of(), lastSession().stretchesDone());
        clickOn("#stretch-back");
        assertEquals(StretchModel.Page.CHOOSE, model().pageProperty().get());
    }

    @Test
    void thisHurtsStopsRecordsWhereAndHowBadAndOffersTheWarningSignCheck() {
        clickOn("#nav-stretches");
        clickOn("#stretch-start");
        tick(Duration.ofSeconds(40));
        clickOn("#stretch-hurts");
        assertEquals(StretchModel.Page.PAIN, model().pageProperty().get());
        assertFalse(model().tickerSubscribed());
        assertTrue(text("#pain-where").contains("Light walking"));
        clickOn("#pain-7");
        StretchSessionRecord r = lastSession();
        assertEquals(StretchOutcome.STOPPED_FOR_PAIN, r.outcome());
        assertEquals(7, r.painScore());
        assertEquals("Light walking", r.stoppedAtStretch());
        assertEquals("Rep 1 of 1, holding", r.stoppedAtStep());
        assertTrue(r.stoppedForPain());
        clickOn("#pain-3");
        assertEquals(1, ctx.journal().entries().stream().filter(e -> e instanceof StretchSessionRecord).count(),
                "one record per stop");
        clickOn("#pain-warning-signs");
        assertEquals(ScreenId.WARNING_SIGNS, shell.currentProperty().get());
    }

    @Test
    void aPainStopIsJournalledEvenWhenTheScreenIsLeftBeforeTheScore() {
        clickOn("#nav-stretches");
        clickOn("#stretch-start");
        tick(Duration.ofSeconds(3));
        push(KeyCode.H);
        assertEquals(StretchModel.Page.PAIN, model().pageProperty().get());
        clickOn("#nav-journal");
        StretchSessionRecord r = lastSession();
        assertEquals(StretchOutcome.STOPPED_FOR_PAIN, r.outcome());
        assertNull(r.painScore());
        assertEquals("Getting into position", r.stoppedAtStep());
        clickOn("#nav-stretches");
        clickOn("#pain-4");
        org.backspasm.core.journal.PainRating rating = (org.backspasm.core.journal.PainRating) ctx.journal().entries()
                .get(ctx.journal().entries().size() - 1);
        assertEquals(4, rating.score());
        assertTrue(rating.context().contains("Light walking"));
    }

    @Test
    void leavingTheScreenPausesTheRoutineAndStopsThePicture() {
        clickOn("#nav-stretches");
        clickOn("#routine-core-strength");
        clickOn("#stretch-start");
        assertTrue(model().tickerSubscribed());
        clickOn("#nav-journal");
        assertEquals(PlayerState.Status.PAUSED, player().status());
        assertFalse(model().tickerSubscribed());
        StretchScreen screen = (StretchScreen) shell.screen(ScreenId.STRETCHES);
        assertFalse(screen.figure().isAnimating());
        clickOn("#nav-stretches");
        assertEquals("Resume", lookup("#stretch-pause").queryButton().getText());
        clickOn("#stretch-end");
        assertEquals(StretchOutcome.STOPPED, lastSession().outcome());
        assertNull(lastSession().painScore());
    }

    @Test
    void closingTheAppMidRoutineJournalsItAsStopped() {
        clickOn("#nav-stretches");
        clickOn("#stretch-start");
        tick(Duration.ofSeconds(30));
        assertTrue(ctx.journal().entries().stream().noneMatch(e -> e instanceof StretchSessionRecord));
        fx(beforeExit);
        assertEquals(StretchOutcome.STOPPED, lastSession().outcome());
        assertEquals("Light walking", lastSession().stoppedAtStretch());
        fx(beforeExit);
        assertEquals(1, ctx.journal().entries().stream().filter(e -> e instanceof StretchSessionRecord).count(),
                "recorded once");
    }

    @Test
    void osteoporosisAnswerInSettingsLeavesOutKneeToChest() {
        clickOn("#nav-settings");
        fx(() -> lookup("#settings-caution-osteoporosis").queryAs(javafx.scene.control.CheckBox.class).fire());
        assertTrue(model().routines().stateProperty().get().cautions().has(Caution.OSTEOPOROSIS));
        clickOn("#nav-stretches");
        assertEquals(4, model().routines().planProperty().get().stretches().size());
        assertTrue(lookup("#stretch-ask-first").query().isVisible());
        StretchState saved = ctx.state().get(Sections.STRETCH, StretchState.EMPTY);
        assertTrue(saved.cautions().has(Caution.OSTEOPOROSIS));
    }
}
