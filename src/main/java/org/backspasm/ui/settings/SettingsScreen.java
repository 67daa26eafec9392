package org.backspasm.ui.settings;

import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.backspasm.core.about.AboutText;
import org.backspasm.core.settings.EmergencyNumbers;
import org.backspasm.core.settings.Settings;
import org.backspasm.core.settings.TextSize;
import org.backspasm.core.settings.Theme;
import org.backspasm.ui.Screen;
import org.backspasm.ui.SettingsModel;
import org.backspasm.ui.ScreenId;

/** Theme, text size, emergency number, sound, where the data lives; features add their own sections. */
public final class SettingsScreen implements Screen {
    private final SettingsModel model;
    private final VBox page = new VBox();
    private final ScrollPane view = new ScrollPane(page);
    private final ToggleGroup themes = new ToggleGroup();
    private final ToggleGroup sizes = new ToggleGroup();
    private final TextField number = new TextField();
    private final Label numberMessage = new Label();
    private final CheckBox sound = new CheckBox("Play sounds for alerts and stretch cues");

    public SettingsScreen(SettingsModel model, Path dataDir) {
        this.model = model;
        createView(dataDir);
        init();
        showSettings(model.get());
    }

    private void createView(Path dataDir) {
        page.getStyleClass().add("page");
        view.setFitToWidth(true);
        Label title = new Label("Settings");
        title.getStyleClass().add("title");

        FlowPane themeRow = new FlowPane(16, 8);
        for (Theme t : Theme.values()) {
            RadioButton r = new RadioButton(t.label());
            r.setUserData(t);
            r.setToggleGroup(themes);
            r.setId("theme-" + t.name().toLowerCase().replace('_', '-'));
            themeRow.getChildren().add(r);
        }
        FlowPane sizeRow = new FlowPane(6, 6);
        for (TextSize s : TextSize.values()) {
            ToggleButton b = new ToggleButton(s.label());
            b.setUserData(s);
            b.setToggleGroup(sizes);
            b.setId("size-" + s.name().toLowerCase().replace('_', '-'));
            b.setStyle("-fx-font-size: " + s.points() + "px;");
            sizeRow.getChildren().add(b);
        }
        sizeRow.setAlignment(Pos.CENTER_LEFT);

        number.setId("emergency-number");
        number.setPrefColumnCount(6);
        number.setAccessibleText("Emergency number");
        Button saveNumber = new Button("Save number");
        saveNumber.setId("save-emergency-number");
        saveNumber.setOnAction(e -> saveNumber());
        number.setOnAction(e -> saveNumber());
        HBox numberRow = new HBox(8, number, saveNumber);
        numberRow.setAlignment(Pos.CENTER_LEFT);
        numberMessage.setWrapText(true);
        numberMessage.setId("emergency-number-message");
        numberMessage.managedProperty().bind(numberMessage.textProperty().isNotEmpty());
        Label numberHelp = muted("Shown on the emergency page and the disclaimer. Suggested from your computer's "
                + "country: 911 (US, Canada), 999 (UK), 112 (EU and many others), 000 (Australia), 111 (New Zealand).");

        sound.setId("sound-on");
        Label dataPath = new Label(dataDir.toString());
        dataPath.setWrapText(true);
        dataPath.setId("data-dir");
        Label dataHelp = muted("Everything you record stays in this folder on this computer. To use another folder, "
                + "start the app with --data-dir FOLDER or set BACKSPASM_DATA_DIR.");

        page.getChildren().addAll(title,
                section("Appearance", new Label("Theme"), themeRow, new Label("Text size"), sizeRow),
                section("Emergency number", numberRow, numberMessage, numberHelp),
                section("Sound", sound, muted("Without a sound device the app stays silent; alerts still show on screen.")),
                section("Your data", dataPath, dataHelp),
                section("About", about(), muted(AboutText.detail(System.getProperty("java.version"),
                        System.getProperty("javafx.runtime.version")))));
    }

    private void init() {
        themes.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                model.setTheme((Theme) t.getUserData());
            }
        });
        sizes.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                a.setSelected(true);
            } else {
                model.setTextSize((TextSize) t.getUserData());
            }
        });
        sound.selectedProperty().addListener((o, a, on) -> model.setSoundOn(on));
        model.settingsProperty().addListener((o, a, s) -> showSettings(s));
    }

    private void showSettings(Settings s) {
        themes.getToggles().stream().filter(t -> t.getUserData() == s.theme()).findFirst().ifPresent(t -> t.setSelected(true));
        sizes.getToggles().stream().filter(t -> t.getUserData() == s.textSize()).findFirst().ifPresent(t -> t.setSelected(true));
        sound.setSelected(s.soundOn());
        if (!number.isFocused()) {
            number.setText(s.emergencyNumber());
        }
    }

    private void saveNumber() {
        var problem = model.setEmergencyNumber(number.getText());
        number.getStyleClass().remove("invalid");
        numberMessage.getStyleClass().removeAll("error-text", "muted");
        if (problem.isPresent()) {
            number.getStyleClass().add("invalid");
            numberMessage.getStyleClass().add("error-text");
            numberMessage.setText(problem.get() + " The saved number is still " + model.get().emergencyNumber() + ".");
        } else {
            numberMessage.getStyleClass().add("muted");
            numberMessage.setText("Saved. The emergency number is now " + model.get().emergencyNumber() + ".");
            number.setText(model.get().emergencyNumber());
        }
    }

    /** Adds a titled section (features use this for their own settings, e.g. safety answers). */
    public void addSection(String title, Node... content) {
        page.getChildren().add(section(title, content));
    }

    private static VBox section(String title, Node... content) {
        Label t = new Label(title);
        t.getStyleClass().add("subtitle");
        VBox box = new VBox(t);
        box.getChildren().addAll(content);
        box.getStyleClass().add("card");
        box.setMaxWidth(820);
        return box;
    }

    private static Label about() {
        Label l = new Label(AboutText.title());
        l.setId("about-version");
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().addAll("muted", "small");
        return l;
    }

    @Override
    public ScreenId id() {
        return ScreenId.SETTINGS;
    }

    @Override
    public Node view() {
        return view;
    }
}
