package org.backspasm.ui.therapy;

import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.backspasm.core.therapy.TherapyAdvice;

/**
 * The question asked every time heat starts (sleeping tablets, strong pain medicines, alcohol or drowsiness today),
 * shown with the harm heat can do to the skin and a "Why?", and the card that says why heat is off after a yes.
 */
final class DrowsinessCheck {
    private DrowsinessCheck() {
    }

    /** Before heat: the question, the skin warning, and "Why?". Esc goes back without starting. */
    static ConfirmCard question(Runnable onYes, Runnable onNo, Runnable onEscape) {
        Label skin = new Label(TherapyAdvice.HEAT_SKIN.text() + " " + TherapyAdvice.HEAT_SKIN.sourceLine() + ".");
        skin.setWrapText(true);
        skin.setId("heat-today-skin");
        ToggleButton why = new ToggleButton("Why?");
        why.setId("heat-today-why");
        Label whyText = new Label(TherapyAdvice.HEAT_WHY.text() + " " + TherapyAdvice.HEAT_WHY.sourceLine() + ".");
        whyText.setWrapText(true);
        whyText.setId("heat-today-why-text");
        whyText.getStyleClass().add("muted");
        whyText.visibleProperty().bind(why.selectedProperty());
        whyText.managedProperty().bind(why.selectedProperty());
        return new ConfirmCard("heat-today", "Before you use heat: " + TherapyAdvice.DROWSY_QUESTION,
                "We ask every time heat starts, because the answer can change from day to day. "
                        + "Esc goes back without starting.",
                "Yes: no heat today", "No, none of these",
                onYes, onNo).with(skin, why, whyText).onEscape(onEscape);
    }

    /** After a yes: heat is off for today, why, and ice (when it is not switched off too) or nothing. */
    static ConfirmCard heatOff(boolean iceOffered, Runnable useIce, Runnable close) {
        String text = TherapyAdvice.heatOffTodayReason(iceOffered) + " Sources: " + TherapyAdvice.DROWSY_SOURCES + ".";
        ConfirmCard card = iceOffered
                ? new ConfirmCard("heat-off-today", "No heat today", text, "Use ice instead", "Nothing for now",
                        useIce, close)
                : new ConfirmCard("heat-off-today", "No heat today", text, "OK", "", close, close).single();
        return card;
    }
}
