package org.backspasm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleButton;
import org.backspasm.app.AppAssembly;
import org.backspasm.core.settings.Language;
import org.backspasm.store.StateStore;
import org.backspasm.store.StoreNotices;
import org.backspasm.testing.AppUiTest;
import org.backspasm.core.state.Sections;
import org.junit.jupiter.api.Test;

class LanguageSettingTest extends AppUiTest {

    @Test
    void spanishIsAppliedAtOnceAndRemembered() throws Exception {
        clickOn("#nav-settings");
        assertEquals("Settings", navText("#nav-settings"));
        clickOn("#language-spanish");

        assertEquals("Ajustes", navText("#nav-settings"), "the navigation at once, without a restart");
        assertEquals("Hoy", navText("#nav-today"));
        assertEquals("Ajustes", lookup(".title").queryAs(Label.class).getText(), "the open screen, rebuilt");
        assertTrue(lookup("#language-spanish").queryAs(RadioButton.class).isSelected());
        assertEquals(ScreenId.SETTINGS, shell.currentProperty().get(), "the user stays where they were");
        assertEquals(Language.SPANISH, ctx.settings().get().language());

        StateStore saved = StateStore.open(dataDir, Runnable::run, new StoreNotices(), clock);
        assertEquals(Language.SPANISH, saved.get(Sections.SETTINGS).language(),
                "remembered in the data folder");
        String[] again = new String[1];
        fx(() -> {
            try {
                AppAssembly.Built second = AppAssembly.build(dataDir, clock, Runnable::run, sound, Locale.UK,
                        () -> stage, alarms);
                again[0] = second.shell().label(ScreenId.SETTINGS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals("Ajustes", again[0], "the next start speaks Spanish too");

        clickOn("#language-system");
        assertEquals("Settings", navText("#nav-settings"), "System default: the computer is British English");
    }

    private String navText(String id) {
        return lookup(id).queryAs(ToggleButton.class).getText();
    }
}
