package org.backspasm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.backspasm.core.state.Sections;
import org.backspasm.core.settings.Settings;
import org.backspasm.store.StateStore;
import org.backspasm.store.StoreNotices;
import org.backspasm.testing.AppUiTest;
import org.backspasm.ui.SettingsModel;
import org.junit.jupiter.api.Test;

class DisclaimerTest extends AppUiTest {
    @Override
    protected boolean acceptDisclaimerBeforeStart() {
        return false;
    }

    @Test
    void shownOnFirstStartAcceptedOnceAndStored() throws Exception {
        assertTrue(shell.hasOverlay());
        assertTrue(lookup("#disclaimer").tryQuery().isPresent());
        assertTrue(lookup(".label").queryAll().stream().anyMatch(n -> n instanceof javafx.scene.control.Label l
                && l.getText().contains("call 999 now")), "the emergency number is in the disclaimer");
        assertTrue(lookup("#accept-disclaimer").query().isFocused(), "the first focus is on I understand, "
                + "not on a source link");
        assertFalse(lookup("#disclaimer-number-check").query().isVisible(), "999 in the UK: nothing to check");
        assertTrue(lookup(".label").queryAll().stream().anyMatch(n -> n instanceof javafx.scene.control.Label l
                && l.getText().contains("adults 16 and over")), "who the app is for (CLINICAL-FACTS 4c)");
        clickOn("#accept-disclaimer");
        assertFalse(shell.hasOverlay(), "a known country's number is not asked");
        assertTrue(lookup("#emergency-number-ask").tryQuery().isEmpty());
        assertTrue(ctx.settings().get().disclaimerAccepted());
        assertEquals(clock.instant(), ctx.settings().get().disclaimerAcceptedAt());

        Settings stored = StateStore.open(dataDir, Runnable::run, new StoreNotices(), clock)
                .get(Sections.SETTINGS, Settings.defaults(Locale.UK));
        assertNotNull(stored.disclaimerAcceptedAt(), "acceptance is saved, so the next start skips it");
    }
}
