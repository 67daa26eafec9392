package org.backspasm.ui.warningsigns;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.backspasm.core.content.ContentException;
import org.backspasm.core.warningsigns.EmergencyText;
import org.backspasm.core.warningsigns.Finding;
import org.backspasm.ui.Focus;
import org.backspasm.ui.EmergencyPage;
import org.backspasm.ui.Screen;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.content.ContentProblemView;
import org.backspasm.ui.SettingsModel;
import org.backspasm.ui.settings.NumberReminder;
import org.backspasm.ui.text.Lang;
import org.backspasm.ui.text.Texts;
import org.backspasm.ui.theme.ThemeManager;

/** Shown instead of the check when its questions cannot be loaded: the problem, and the emergency number. */
final class ContentProblemScreen implements Screen, EmergencyPage {
    private final VBox view = new VBox();
    private final Label number;

    ContentProblemScreen(ContentException problem, SettingsModel settings, Lang lang) {
        Texts t = lang.texts(Finding.BUNDLE);
        view.getStyleClass().addAll("page", "warning-signs");
        view.getStylesheets().add(ThemeManager.stylesheet(ContentProblemScreen.class, "warning-signs.css"));
        Label title = new Label(t.get("title"));
        title.getStyleClass().add("title");
        EmergencyBanner banner = new EmergencyBanner(EmergencyText.Lead.NO_CHECK,
                settings.settingsProperty().map(s -> s.emergencyNumber()), NumberReminder.text(settings, lang),
                lang.locale());
        number = banner.number();
        ContentProblemView sorry = new ContentProblemView(t.get("problem.sorry"), problem, lang);
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
