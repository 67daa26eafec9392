package org.backspasm.ui.warningsigns;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.backspasm.core.content.ContentException;
import org.backspasm.core.warningsigns.EmergencyText;
import org.backspasm.ui.Focus;
import org.backspasm.ui.EmergencyPage;
import org.backspasm.ui.Screen;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.content.ContentProblemView;
import org.backspasm.ui.SettingsModel;
import org.backspasm.ui.settings.NumberReminder;
import org.backspasm.ui.theme.ThemeManager;

/** Shown instead of the check when its questions cannot be loaded: the problem, and the emergency number. */
final class ContentProblemScreen implements Screen, EmergencyPage {
    private final VBox view = new VBox();
    private final Label number;

    ContentProblemScreen(ContentException problem, SettingsModel settings, org.backspasm.ui.text.Lang lang) {
        view.getStyleClass().addAll("page", "warning-signs");
        view.getStylesheets().add(ThemeManager.stylesheet(ContentProblemScreen.class, "warning-signs.css"));
        Label title = new Label("Warning signs");
        title.getStyleClass().add("title");
        EmergencyBanner banner = new EmergencyBanner(EmergencyText.NO_CHECK,
                settings.settingsProperty().map(s -> s.emergencyNumber()), NumberReminder.text(settings, lang));
        number = banner.number();
        ContentProblemView sorry = new ContentProblemView("The warning-sign questions could not be loaded, so the "
                + "check cannot run. If you are unsure about any symptom, contact a doctor.", problem);
        view.getChildren().addAll(title, banner, sorry);
    }

    @Override
    public void openEmergencyPage() {
        Focus.request(number);
    }

    @Override
    public ScreenId id() {
        return ScreenId.WARNING_SIGNS;
    }

    @Override
    public Node view() {
        return view;
    }
}
