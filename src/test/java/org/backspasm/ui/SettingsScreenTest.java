package org.backspasm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.text.Font;
import org.backspasm.core.settings.TextSize;
import org.backspasm.core.settings.Theme;
import org.backspasm.testing.AppUiTest;
import org.junit.jupiter.api.Test;

class SettingsScreenTest extends AppUiTest {

    @Test
    void themeIsAppliedToTheWholeWindow() {
        clickOn("#nav-settings");
        clickOn("#theme-dark");
        assertEquals(Theme.DARK, ctx.settings().get().theme());
        assertTrue(shell.getStyleClass().contains("theme-dark"));
        assertFalse(shell.getStyleClass().contains("theme-light"));
        clickOn("#theme-high-contrast");
        assertTrue(shell.getStyleClass().contains("theme-high-contrast"));
        assertFalse(shell.getStyleClass().contains("theme-dark"));
    }

    @Test
    void textSizeScalesTheApp() {
        clickOn("#nav-settings");
        Label title = lookup(".title").queryAs(Label.class);
        double before = title.getFont().getSize();
        clickOn("#size-extra-large");
        assertEquals(TextSize.EXTRA_LARGE, ctx.settings().get().textSize());
        // the size reaches the label through CSS, on a pulse; under load that pulse can come after this line
        Label titleAfter = lookup(".title").queryAs(Label.class);
        interact(titleAfter::applyCss);
        double after = titleAfter.getFont().getSize();
        assertEquals(before * TextSize.EXTRA_LARGE.points() / TextSize.NORMAL.points(), after, 0.5);
        assertTrue(after > Font.getDefault().getSize());
    }

    @Test
    void emergencyNumberIsValidated() {
        clickOn("#nav-settings");
        assertEquals("999", ctx.settings().get().emergencyNumber(), "UK locale default");
        doubleClickOn("#emergency-number").eraseText(3).write("91x");
        clickOn("#save-emergency-number");
        assertEquals("999", ctx.settings().get().emergencyNumber(), "an invalid number is not saved");
        assertTrue(lookup("#emergency-number-message").queryAs(Label.class).getText().contains("digits only"));
        clickOn("#emergency-number").eraseText(5).write("112");
        clickOn("#save-emergency-number");
        assertEquals("112", ctx.settings().get().emergencyNumber());
    }

    @Test
    void aboutNamesThePomsVersion() {
        clickOn("#nav-settings");
        assertEquals("Back Spasm Companion " + System.getProperty("pom.version"),
                lookup("#about-version").queryAs(Label.class).getText());
    }
}
