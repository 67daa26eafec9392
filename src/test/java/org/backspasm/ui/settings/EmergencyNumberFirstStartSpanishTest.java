package org.backspasm.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.backspasm.core.i18n.Messages;
import org.backspasm.testing.AppUiTest;
import org.junit.jupiter.api.Test;

/**
 * A computer in Mexico (Spanish, a country whose number the app does not know): the first start asks for the local
 * emergency number in Spanish, with the country's Spanish name, and the reminder shows in Spanish (issue 15 with
 * issue 19's bundles).
 */
class EmergencyNumberFirstStartSpanishTest extends AppUiTest {
    private static final Messages ES = Messages.of("emergencynumber", new Locale("es"));

    @Override
    protected boolean acceptDisclaimerBeforeStart() {
        return false;
    }

    @Override
    protected Locale locale() {
        return new Locale("es", "MX");
    }

    private String text(String query) {
        return lookup(query).queryAll().stream().filter(n -> n.getScene() != null && n.isVisible())
                .map(n -> ((Labeled) n).getText()).findFirst().orElseThrow();
    }

    @Test
    void askedAndRemindedInSpanish() {
        assertEquals(ES.text("reminder"), text("#disclaimer-number-check"));
        assertTrue(text("#disclaimer-adults").contains("16 años"));
        clickOn("#accept-disclaimer");
        assertEquals(ES.text("ask.later"), text("#emergency-number-ask-later"));
        assertEquals(ES.text("ask.save"), text("#emergency-number-ask-save"));
        assertTrue(lookup(".label").queryAll().stream().anyMatch(n -> n instanceof Labeled l
                && l.getText().equals(ES.text("ask.whyCountry", "México", "112"))), "why, with México");
        clickOn("#emergency-number-ask-later");
        assertFalse(shell.hasOverlay());
        push(KeyCode.CONTROL, KeyCode.DIGIT4);
        assertEquals(ES.text("reminder"), text("#emergency-banner-check"));
    }
}
