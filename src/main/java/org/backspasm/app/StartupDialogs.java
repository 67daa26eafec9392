package org.backspasm.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.backspasm.store.InUse;

/** The dialogs of the start, made (not shown) here so their words can be checked; the texts are {@link StartupTexts}. */
final class StartupDialogs {
    private StartupDialogs() {
    }

    /** The start failed: says why; the app closes after it. */
    static Alert cannotStart(StartupTexts t, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setTitle(t.appName());
        alert.setHeaderText(t.cannotStart());
        alert.getDialogPane().setMinWidth(520);
        return alert;
    }

    /** The question when another computer has the folder open; "Quit" is the default button. */
    static Alert inUse(StartupTexts t, InUse other, Path dir, ZoneId zone, LocalDate today) {
        ButtonType open = new ButtonType(t.openAnyway(), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(t.quit(), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.WARNING, t.inUseExplain(other, dir), open, quit);
        ask.setTitle(t.appName());
        ask.setHeaderText(t.inUseHeadline(other, zone, today));
        ask.getDialogPane().setMinWidth(520);
        ((Button) ask.getDialogPane().lookupButton(open)).setDefaultButton(false);
        ((Button) ask.getDialogPane().lookupButton(quit)).setDefaultButton(true);
        return ask;
    }

    /** Whether the user chose to open here. */
    static boolean openChosen(Alert ask) {
        return ask.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }
}
