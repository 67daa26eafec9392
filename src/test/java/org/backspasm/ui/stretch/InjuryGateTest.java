package org.backspasm.ui.stretch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import javafx.scene.control.CheckBox;
import org.backspasm.core.state.Sections;
import org.backspasm.core.stretch.Caution;
import org.backspasm.core.stretch.CautionAnswers;
import org.backspasm.core.stretch.StretchState;
import org.backspasm.store.StateStore;
import org.backspasm.store.StoreNotices;
import org.backspasm.testing.AppUiTest;
import org.backspasm.ui.ScreenId;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A recent injury, fall or operation was reported: before a routine the app offers the warning-sign check and asks
 * whether a clinician has said exercise is all right; the answer is kept, shown and changeable in Settings.
 */
class InjuryGateTest extends AppUiTest {

    @Override
    protected void prepareDataDir(Path dir) throws IOException {
        StateStore s = StateStore.open(dir, Runnable::run, new StoreNotices(), Clock.systemUTC());
        s.put(Sections.STRETCH, StretchState.EMPTY.withCautions(
                CautionAnswers.answered(Set.of(Caution.RECENT_INJURY_OR_SURGERY))));
    }

    private StretchModel model() {
        return ((StretchScreen) shell.screen(ScreenId.STRETCHES)).model();
    }

    @Test
    void theRoutineWaitsForTheClinicianAndOffersTheWarningSignsFirst() {
        fx(() -> shell.show(ScreenId.STRETCHES));
        assertTrue(lookup("#stretch-check-signs").tryQuery().isPresent(), "the routine list offers the check");
        clickOn("#stretch-start");
        assertEquals(StretchModel.Page.INJURY, model().pageProperty().get(), "no routine before the question");
        clickOn("#injury-check-signs");
        assertEquals(ScreenId.WARNING_SIGNS, shell.currentProperty().get());
        assertEquals(StretchModel.Page.CHOOSE, model().pageProperty().get());

        fx(() -> shell.show(ScreenId.STRETCHES));
        clickOn("#stretch-start");
        clickOn("#injury-not-yet");
        assertEquals(StretchModel.Page.CHOOSE, model().pageProperty().get());
        assertFalse(model().routines().stateProperty().get().cautions().clinicianOk());

        clickOn("#stretch-start");
        clickOn("#injury-clinician-yes");
        assertEquals(StretchModel.Page.PLAYING, model().pageProperty().get());
        assertTrue(model().routines().stateProperty().get().cautions().clinicianOk());
        StretchState saved = ctx.state().get(Sections.STRETCH, StretchState.EMPTY);
        assertTrue(saved.cautions().clinicianOk(), "the answer is saved");
        fx(() -> model().end());
        clickOn("#stretch-start");
        assertEquals(StretchModel.Page.PLAYING, model().pageProperty().get(), "asked once, not every time");
    }

    @Test
    void settingsShowAndChangeTheAnswer() {
        fx(() -> shell.show(ScreenId.SETTINGS));
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox ok = lookup("#settings-clinician-ok").queryAs(CheckBox.class);
        assertFalse(ok.isSelected());
        assertFalse(ok.isDisabled(), "a recent injury is ticked, so the question applies");
        fx(() -> ok.fire());
        assertTrue(model().routines().stateProperty().get().cautions().clinicianOk());
        CheckBox injury = lookup("#settings-caution-recent-injury-or-surgery").queryAs(CheckBox.class);
        fx(() -> injury.fire());
        assertFalse(model().routines().stateProperty().get().cautions().has(Caution.RECENT_INJURY_OR_SURGERY));
        assertFalse(ok.isSelected(), "no injury, no go-ahead kept for it");
        assertTrue(ok.isDisabled());
        fx(() -> injury.fire());
        assertTrue(model().routines().stateProperty().get().cautions().needsClinicianOk(), "a new injury asks again");
    }
}
