package org.backspasm.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.backspasm.core.settings.EmergencyNumbers;
import org.backspasm.testing.AppUiTest;
import org.junit.jupiter.api.Test;

/**
 * A computer whose country the app does not know (India here): the first start asks for the local emergency number,
 * prefilled with the best guess; until it is saved every place showing the number reminds the user to check it
 * (CLINICAL-FACTS 4c). A known country (the other UI tests, UK) is never asked: see DisclaimerTest.
 */
class EmergencyNumberFirstStartTest extends AppUiTest {
    static final String REMINDER = "Check this is your local emergency number (Settings).";

    @Override
    protected boolean acceptDisclaimerBeforeStart() {
        return false;
    }

    @Override
    protected Locale locale() {
        return new Locale("en", "IN");
    }

    private boolean showing(String query) {
        Node n = lookup(query).queryAll().stream().filter(x -> x.getScene() != null && x.isVisible()
                && (x.getParent() == null || x.getParent().isVisible())).findFirst().orElse(null);
        return n != null;
    }

    private String text(String query) {
        return lookup(query).queryAll().stream().filter(n -> n.getScene() != null && n.isVisible())
                .map(n -> ((Labeled) n).getText()).findFirst().orElseThrow();
    }

    @Test
    void askedAfterTheDisclaimerAndRemindedEverywhereUntilSaved() {
        assertTrue(showing("#disclaimer"));
        assertEquals(REMINDER, text("#disclaimer-number-check"), "the disclaimer shows the number with the reminder");
        assertTrue(text("#disclaimer-adults").contains("adults 16 and over"));
        clickOn("#accept-disclaimer");
        assertTrue(showing("#emergency-number-ask"), "then the app asks for the local number");
        assertEquals("112", lookup("#emergency-number-ask-field").queryAs(TextField.class).getText(),
                "prefilled with the best guess");
        assertTrue(lookup(".label").queryAll().stream().anyMatch(n -> n instanceof Labeled l
                && l.getText().contains("India") && l.getText().contains("not everywhere")), "and says why");
        clickOn("#emergency-number-ask-later");
        assertFalse(shell.hasOverlay(), "never blocks: later is one click");
        assertTrue(EmergencyNumbers.needsCheck(ctx.settings().get(), locale()));

        push(KeyCode.CONTROL, KeyCode.DIGIT4);
        assertEquals("Call 112 now", text("#emergency-banner-number"));
        assertEquals(REMINDER, text("#emergency-banner-check"));
        fx(() -> lookup("#ans-chest-pain-yes").queryAs(javafx.scene.control.ToggleButton.class).fire());
        assertTrue(showing("#result-emergency"));
        assertTrue(lookup(".result-step").queryAll().stream().anyMatch(n -> REMINDER.equals(((Labeled) n).getText())),
                "the emergency result adds the reminder");

        push(KeyCode.CONTROL, KeyCode.DIGIT6);
        assertTrue(showing("#emergency-number-check"), "Settings says to check the number");
        TextField number = lookup("#emergency-number").queryAs(TextField.class);
        fx(() -> number.setText("108"));
        clickOn("#save-emergency-number");
        assertFalse(showing("#emergency-number-check"), "saved: the reminder goes away");
        assertEquals("108", ctx.settings().get().emergencyNumber());

        push(KeyCode.CONTROL, KeyCode.DIGIT4);
        assertTrue(lookup("#emergency-number").queryAll().stream().anyMatch(n -> n instanceof Labeled l
                && l.getText().equals("Call 108 now")));
        assertFalse(lookup(".result-step").queryAll().stream().anyMatch(n -> REMINDER.equals(((Labeled) n).getText())),
                "confirmed: no reminder on the result");
    }

    @Test
    void savingTheNumberAtFirstStartConfirmsIt() {
        clickOn("#accept-disclaimer");
        TextField field = lookup("#emergency-number-ask-field").queryAs(TextField.class);
        fx(() -> field.setText("12a"));
        clickOn("#emergency-number-ask-save");
        assertTrue(text("#emergency-number-ask-message").contains("digits only"), "bad input is told, nothing lost");
        assertTrue(shell.hasOverlay());
        fx(() -> field.setText("108"));
        clickOn("#emergency-number-ask-save");
        assertFalse(shell.hasOverlay());
        assertEquals("108", ctx.settings().get().emergencyNumber());
        assertFalse(EmergencyNumbers.needsCheck(ctx.settings().get(), locale()));
        push(KeyCode.CONTROL, KeyCode.DIGIT4);
        assertEquals("Call 108 now", text("#emergency-banner-number"));
        assertFalse(showing("#emergency-banner-check"), "confirmed: no reminder");
    }
}
