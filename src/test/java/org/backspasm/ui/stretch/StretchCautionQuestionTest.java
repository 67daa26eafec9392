package org.backspasm.ui.stretch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.input.KeyCode;
import org.backspasm.core.stretch.Caution;
import org.backspasm.testing.AppUiTest;
import org.backspasm.ui.ScreenId;
import org.junit.jupiter.api.Test;

/** A fresh data folder: the caution question comes before the first routine, and only once. */
class StretchCautionQuestionTest extends AppUiTest {

    @Test
    void askedOnceBeforeTheFirstRoutine() {
        StretchModel model = ((StretchScreen) shell.screen(ScreenId.STRETCHES)).model();
        push(KeyCode.CONTROL, KeyCode.DIGIT3);
        push(KeyCode.SPACE);
        assertEquals(StretchModel.Page.CAUTIONS, model.pageProperty().get());
        clickOn("#caution-knee-problems");
        clickOn("#cautions-save");
        assertEquals(StretchModel.Page.CHOOSE, model.pageProperty().get());
        assertTrue(model.routines().stateProperty().get().cautions().has(Caution.KNEE_PROBLEMS));
        clickOn("#stretch-start");
        assertEquals(StretchModel.Page.PLAYING, model.pageProperty().get());
        assertTrue(model.playingPlan().stretches().stream()
                .anyMatch(p -> p.original().id().equals("childs-pose")
                        && p.stretch().id().equals("childs-pose-partial") && !p.changes().isEmpty()),
                "child's pose is played part way, with the knee reason");
    }
}
