package org.backspasm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.backspasm.testing.AppUiTest;
import org.junit.jupiter.api.Test;

class ShellTest extends AppUiTest {

    @Test
    void navigatesByMouse() {
        clickOn("#nav-journal");
        assertEquals(ScreenId.JOURNAL, shell.currentProperty().get());
        clickOn("#nav-settings");
        assertEquals(ScreenId.SETTINGS, shell.currentProperty().get());
        clickOn("#nav-today");
        assertEquals(ScreenId.TODAY, shell.currentProperty().get());
    }

    @Test
    void navigatesByShortcutAndEmergencyIsOnEveryScreen() {
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6};
        for (int i = 0; i < digits.length; i++) {
            push(KeyCode.CONTROL, digits[i]);
            assertEquals(shell.screenIds().get(i), shell.currentProperty().get());
            Node emergency = lookup("#emergency-button").query();
            assertTrue(emergency.isVisible() && !emergency.isDisabled(), "Emergency? on " + shell.screenIds().get(i));
        }
        assertFalse(shell.hasOverlay());
    }

    @Test
    void theFirstFocusIsNotTheEmergencyButton() {
        javafx.scene.Node focused = shell.getScene().getFocusOwner();
        assertEquals("nav-today", focused == null ? null : focused.getId());
    }

    @Test
    void leavingAScreenThatHadTheFocusPutsItOnTheNewScreensNavButton() {
        clickOn("#nav-journal");
        clickOn("#pain-note");
        push(KeyCode.CONTROL, KeyCode.DIGIT6);
        assertEquals("nav-settings", shell.getScene().getFocusOwner().getId());
    }
}
