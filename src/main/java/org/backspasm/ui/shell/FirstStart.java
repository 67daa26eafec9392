package org.backspasm.ui.shell;

import org.backspasm.ui.settings.EmergencyNumberCard;
import org.backspasm.ui.SettingsModel;
import org.backspasm.ui.source.SourceLines;

/**
 * What the window asks before anything else: the disclaimer, once; then, while the emergency number is only a guess
 * (a country the app does not know, or none), the user's local emergency number (CLINICAL-FACTS 4c).
 */
public final class FirstStart {
    private FirstStart() {
    }

    public static void show(Shell shell, SettingsModel settings, SourceLines sources) {
        if (!settings.get().disclaimerAccepted()) {
            DisclaimerCard[] card = new DisclaimerCard[1];
            card[0] = new DisclaimerCard(settings.get().emergencyNumber(),
                    settings.numberReminderProperty().getValue(), () -> {
                        settings.acceptDisclaimer();
                        shell.closeOverlay(card[0]);
                        askNumber(shell, settings);
                    }, sources);
            shell.showOverlay(card[0]);
        } else {
            askNumber(shell, settings);
        }
    }

    private static void askNumber(Shell shell, SettingsModel settings) {
        if (settings.numberNeedsCheck()) {
            EmergencyNumberCard[] card = new EmergencyNumberCard[1];
            card[0] = new EmergencyNumberCard(settings, () -> shell.closeOverlay(card[0]));
            shell.showOverlay(card[0]);
        }
    }
}
