package org.backspasm.ui.therapy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.backspasm.core.therapy.Modality;
import org.backspasm.core.therapy.TherapyAdvice;
import org.backspasm.testing.AppUiTest;
import org.backspasm.ui.ScreenId;
import org.junit.jupiter.api.Test;

/** The drowsiness question at every heat start, a yes that switches heat off for that day only, and the skin warning. */
class HeatStartTest extends AppUiTest {

    private TherapyModel model() {
        return ((TherapyScreen) shell.screen(ScreenId.THERAPY)).model();
    }

    private boolean present(String id) {
        return lookup(id).tryQuery().isPresent();
    }

    private boolean visible(String id) {
        return lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    private void stopSession() {
        push(KeyCode.ESCAPE);
        clickOn("#confirm-stop-yes");
        assertFalse(model().runningProperty().get());
    }

    @Test
    void theDrowsinessQuestionIsAskedOnEachHeatStartWithTheSkinWarning() {
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        clickOn("#mode-heat");
        clickOn("#therapy-start");
        clickOn("#safety-heat-no"); // the cautions: once for the episode
        assertTrue(present("#heat-today"), "then the question for today");
        assertFalse(model().runningProperty().get(), "nothing starts before it is answered");
        String skin = lookup("#heat-today-skin").queryAs(Label.class).getText();
        assertTrue(skin.contains("same spot again and again can burn") && skin.contains("mottled")
                && skin.contains("Older people"), skin);
        assertFalse(visible("#heat-today-why-text"));
        ToggleButton whyButton = lookup("#heat-today-why").queryAs(ToggleButton.class);
        fx(whyButton::fire); // inside the card's scroll area, which may need scrolling in the test window
        String why = lookup("#heat-today-why-text").queryAs(Label.class).getText();
        assertTrue(visible("#heat-today-why-text"));
        assertTrue(why.contains("1,600") && why.contains("over 65") && why.contains("erythema ab igne")
                && why.contains("fall asleep"), why);
        clickOn("#heat-today-no");
        assertTrue(model().runningProperty().get());
        stopSession();

        for (int start = 2; start <= 3; start++) {
            clock.advanceMinutes(60);
            clickOn("#therapy-start");
            assertFalse(present("#safety-heat"), "the cautions are not asked again in the episode");
            assertTrue(present("#heat-today"), "the question for today is asked at heat start " + start);
            clickOn("#heat-today-no");
            assertTrue(model().runningProperty().get());
            stopSession();
        }

        clickOn("#mode-ice"); // no heat in the plan: no question
        clickOn("#therapy-start");
        clickOn("#safety-ice-no");
        assertFalse(present("#heat-today"));
        assertTrue(model().runningProperty().get());
        stopSession();

        clickOn("#mode-alt-ice"); // heat later in the session: asked at the start
        clickOn("#therapy-start");
        assertTrue(present("#heat-today"));
        push(KeyCode.ESCAPE);
        assertFalse(present("#heat-today"));
        assertFalse(model().runningProperty().get(), "Esc goes back without starting");
    }

    @Test
    void aYesSwitchesHeatOffForThatDayOnlySaysWhyAndOffersIceOrNothing() {
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        clickOn("#mode-heat");
        clickOn("#therapy-start");
        clickOn("#safety-heat-no");
        clickOn("#heat-today-yes");
        assertFalse(model().runningProperty().get());
        String off = lookup("#heat-off-today").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .filter(Label.class::isInstance).map(n -> ((Label) n).getText()).reduce("", String::concat);
        assertTrue(off.contains("No heat today") && off.contains("can burn") && off.contains("ice instead, or nothing")
                && off.contains("again tomorrow"), off);
        assertTrue(model().blocked(Modality.HEAT));
        assertFalse(model().safetyProperty().get().blocked(Modality.HEAT), "not a lasting caution");
        clickOn("#heat-off-today-no"); // nothing for now
        assertFalse(model().runningProperty().get());
        assertTrue(lookup("#mode-ice").queryAs(ToggleButton.class).isSelected(), "ice is what is offered");
        assertTrue(lookup("#mode-heat").query().isDisabled());
        assertTrue(lookup("#plan-blocked").queryAs(Label.class).getText().startsWith("No heat today"));

        push(KeyCode.CONTROL, KeyCode.DIGIT6);
        CheckBox undo = lookup("#settings-heat-off-today").queryAs(CheckBox.class);
        assertTrue(undo.isVisible() && undo.isSelected());
        assertFalse(lookup("#settings-block-heat").queryAs(CheckBox.class).isSelected());

        // the next day heat is offered again, and the question is asked again
        clock.advance(Duration.ofDays(1));
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertFalse(model().blocked(Modality.HEAT));
        clickOn("#mode-heat");
        assertFalse(lookup("#therapy-start").queryAs(Button.class).isDisabled());
        clickOn("#therapy-start");
        assertTrue(present("#heat-today"));
        clickOn("#heat-today-yes");
        clickOn("#heat-off-today-yes"); // use ice instead
        clickOn("#safety-ice-no");
        assertTrue(model().runningProperty().get());
        assertEquals("Ice on", lookup("#timer-segment").queryAs(Label.class).getText());
    }

    @Test
    void theCautionsAskedOncePerEpisodeNoLongerHoldTheDrowsinessQuestion() {
        assertTrue(TherapyAdvice.cautions(Modality.HEAT, java.util.Locale.UK).stream().noneMatch(c -> c.contains("alcohol")));
        String asked = TherapyAdvice.drowsyQuestion(java.util.Locale.UK);
        assertTrue(asked.contains("Today") && asked.contains("alcohol") && asked.contains("drowsy")
                && asked.contains("sleeping tablets"));
    }
}
