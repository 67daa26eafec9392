package org.backspasm.ui.warningsigns;

import org.backspasm.ui.text.Texts;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.backspasm.core.content.ContentException;
import org.backspasm.ui.Focus;
import org.backspasm.ui.EmergencyPage;
import org.backspasm.ui.Screen;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.content.ContentProblemView;
import org.backspasm.ui.SettingsModel;
import org.backspasm.ui.theme.ThemeManager;

/** Shown instead of the check when its questions cannot be loaded: the problem, and the emergency number. */
final class ContentProblemScreen implements Screen, EmergencyPage {
    private final VBox view = new VBox();
    private final Label number = new Label();

    ContentProblemScreen(ContentException problem, SettingsModel settings, Texts t) {
        view.getStyleClass().addAll("page", "warning-signs");
        view.getStylesheets().add(ThemeManager.stylesheet(ContentProblemScreen.class, "warning-signs.css"));
        Label title = new Label(t.get("title"));
        title.getStyleClass().add("title");
        number.getStyleClass().add("banner-number");
        number.setId("emergency-banner-number");
        number.setFocusTraversable(true);
        number.textProperty().bind(settings.settingsProperty().map(s -> t.get("banner.call", s.emergencyNumber())));
        Label lead = new Label(t.get("problem.lead"));
        lead.setWrapText(true);
        VBox banner = new VBox(number, lead);
        banner.getStyleClass().add("emergency-banner");
        ContentProblemView sorry = new ContentProblemView(t.get("problem.sorry"), problem);
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
