package org.backspasm.ui.companion;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.backspasm.testing.AppUiTest;
import org.junit.jupiter.api.Test;

/** Without an onset the day plan sends the user to the card where it is given: that card must be where it says. */
class AskOnsetCardAboveTest extends AppUiTest {

    @Test
    void thePlanSaysTheOnsetCardIsAboveAndItIs() {
        Label ask = lookup("#day-plan-ask-onset").queryAs(Label.class);
        assertTrue(ask.isVisible(), "no onset yet: the plan asks for it");
        assertTrue(ask.getText().contains("card above"), ask.getText());
        Node onsetCard = lookup(".episode-card").match(Node::isVisible).query();
        Node plan = lookup("#day-plan").query();
        double cardTop = onsetCard.localToScene(onsetCard.getBoundsInLocal()).getMinY();
        double planTop = plan.localToScene(plan.getBoundsInLocal()).getMinY();
        assertTrue(cardTop < planTop, "the onset card (" + cardTop + ") is above the plan (" + planTop + ")");
    }
}
