package org.backspasm.ui.shell;

import org.backspasm.core.settings.EmergencyNumberText;
import org.backspasm.ui.SettingsModel;
import org.backspasm.ui.settings.EmergencyNumberCard;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.ui.text.Lang;

/**
 * What the window asks before anything else: the disclaimer, once; then, while the emergency number is only a guess
 * (a country the app does not know, or none), the user's local emergency number (CLINICAL-FACTS 4c).
 */
public final class FirstStart {
    private FirstStart() {
    }

    public static void show(Shell shell, SettingsModel settings, SourceLines sources, Lang lang) {
        if (!settings.get().disclaimerAccepted()) {
            DisclaimerCard[] card = new DisclaimerCard[1];
            String reminder = settings.numberNeedsCheck() ? EmergencyNumberText.checkReminder(lang.locale()) : "";
            card[0] = new DisclaimerCard(settings.get().emergencyNumber(), reminder, () -> {
                settings.acceptDisclaimer();
                shell.closeOverlay(card[0]);
                askNumber(shell, settings, lang);
            }, sources, lang);
            shell.showOverlay(card[0]);
        } else {
            askNumber(shell, settings, lang);
        }
    }

    private static void askNumber(Shell shell, SettingsModel settings, Lang lang) {
        if (settings.numberNeedsCheck()) {
            EmergencyNumberCard[] card = new EmergencyNumberCard[1];
            card[0] = new EmergencyNumberCard(settings, lang, () -> shell.closeOverlay(card[0]));
            shell.showOverlay(card[0]);
        }
    }
}
