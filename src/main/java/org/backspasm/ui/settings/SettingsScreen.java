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
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.backspasm.core.about.AppVersion;
import org.backspasm.core.settings.EmergencyNumbers;
import org.backspasm.core.settings.Language;
import org.backspasm.core.settings.Settings;
import org.backspasm.core.settings.TextSize;
import org.backspasm.core.settings.Theme;
import org.backspasm.ui.Screen;
import org.backspasm.ui.SettingsModel;
import org.backspasm.ui.layout.WrapRow;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.text.Lang;
import org.backspasm.ui.text.OwnLanguage;
import org.backspasm.ui.text.Texts;

/** Language, theme, text size, emergency number, sound, where the data lives; features add their own sections. */
public final class SettingsScreen implements Screen {
    private final SettingsModel model;
    private final Texts t;
    private final Texts numberTexts;
    private final VBox page = new VBox();
    private final ScrollPane view = new ScrollPane(page);
    private final ToggleGroup languages = new ToggleGroup();
    private final ToggleGroup themes = new ToggleGroup();
    private final ToggleGroup sizes = new ToggleGroup();
    private final TextField number = new TextField();
    private final Label numberMessage = new Label();
    private final CheckBox sound = new CheckBox();

    public SettingsScreen(SettingsModel model, Path dataDir, Lang lang) {
        this.model = model;
        this.t = lang.texts("settings");
        this.numberTexts = lang.texts("emergencynumber");
        createView(dataDir);
        init();
        showSettings(model.get());
    }

    private void createView(Path dataDir) {
        page.getStyleClass().add("page");
        view.setFitToWidth(true);
        Label title = new Label(t.get("title"));
        title.getStyleClass().add("title");

        WrapRow languageRow = new WrapRow(16, 8);
        for (Language l : Language.values()) {
            RadioButton r = new RadioButton(languageName(l));
            if (l != Language.SYSTEM) {
                OwnLanguage.mark(r); // each language's name is written in that language
            }
            r.setUserData(l);
            r.setToggleGroup(languages);
            r.setId("language-" + l.name().toLowerCase());
            languageRow.add(r);
        }
        WrapRow themeRow = new WrapRow(16, 8);
        for (Theme th : Theme.values()) {
            RadioButton r = new RadioButton(themeName(th));
            r.setUserData(th);
            r.setToggleGroup(themes);
            r.setId("theme-" + th.name().toLowerCase().replace('_', '-'));
            themeRow.add(r);
        }
        WrapRow sizeRow = new WrapRow(6, 6);
        for (TextSize s : TextSize.values()) {
            ToggleButton b = new ToggleButton(sizeName(s));
            b.setUserData(s);
            b.setToggleGroup(sizes);
            b.setId("size-" + s.name().toLowerCase().replace('_', '-'));
            b.setStyle("-fx-font-size: " + s.points() + "px;");
            sizeRow.add(b);
        }

        number.setId("emergency-number");
        number.setPrefColumnCount(6);
        number.setAccessibleText(t.get("emergency.title"));
        Button saveNumber = new Button(t.get("emergency.save"));
        saveNumber.setId("save-emergency-number");
        saveNumber.setOnAction(e -> saveNumber());
        number.setOnAction(e -> saveNumber());
        HBox numberRow = new HBox(8, number, saveNumber);
        numberRow.setAlignment(Pos.CENTER_LEFT);
        numberMessage.setWrapText(true);
        numberMessage.setId("emergency-number-message");
        numberMessage.managedProperty().bind(numberMessage.textProperty().isNotEmpty());
        Label numberHelp = muted(t.get("emergency.help"));

        sound.setText(t.get("sound.on"));
        sound.setId("sound-on");
        Label dataPath = new Label(dataDir.toString());
        dataPath.setWrapText(true);
        dataPath.setId("data-dir");
        Label dataHelp = muted(t.get("data.help"));

        page.getChildren().addAll(title,
                section(t.get("language.title"), languageRow, muted(t.get("language.help"))),
                section(t.get("appearance.title"), new Label(t.get("appearance.theme")), themeRow,
                        new Label(t.get("appearance.textSize")), sizeRow),
                section(t.get("emergency.title"), numberCheck(), numberRow, numberMessage, numberHelp),
                section(t.get("sound.title"), sound, muted(t.get("sound.help"))),
                section(t.get("data.title"), dataPath, dataHelp),
                section(t.get("about.title"), about(), muted(t.get("about.detail",
                        orUnknown(System.getProperty("java.version")),
                        orUnknown(System.getProperty("javafx.runtime.version"))))));
    }

    private String languageName(Language l) {
        return switch (l) {
            case SYSTEM -> t.get("language.system", t.get(systemLanguageKey()));
            case ENGLISH -> "English";
            case SPANISH -> "Español";
        };
    }

    /** Which of the app's languages "System default" means on this computer, for its label. */
    private String systemLanguageKey() {
        return Language.SYSTEM.resolve(model.locale()).getLanguage().equals("es") // the computer's, as given
                ? "language.name.es" : "language.name.en";
    }

    private String themeName(Theme th) {
        return switch (th) {
            case LIGHT -> t.get("theme.light");
            case DARK -> t.get("theme.dark");
            case HIGH_CONTRAST -> t.get("theme.highContrast");
        };
    }

    private String sizeName(TextSize s) {
        return switch (s) {
            case SMALL -> t.get("size.small");
            case NORMAL -> t.get("size.normal");
            case LARGE -> t.get("size.large");
            case EXTRA_LARGE -> t.get("size.extraLarge");
        };
    }

    /** While the number is a guess the user has not saved: check it, then save it (saving confirms it). */
    private Label numberCheck() {
        String text = numberTexts.get("settings.reminder");
        return NumberReminder.label(model.numberNeedsCheckProperty().map(check -> check ? text : ""),
                "emergency-number-check");
    }

    private void init() {
        languages.selectedToggleProperty().addListener((o, a, l) -> {
            if (l != null) {
                model.setLanguage((Language) l.getUserData());
            }
        });
        themes.selectedToggleProperty().addListener((o, a, th) -> {
            if (th != null) {
                model.setTheme((Theme) th.getUserData());
            }
        });
        sizes.selectedToggleProperty().addListener((o, a, s) -> {
            if (s == null) {
                a.setSelected(true);
            } else {
                model.setTextSize((TextSize) s.getUserData());
            }
        });
        sound.selectedProperty().addListener((o, a, on) -> model.setSoundOn(on));
        model.settingsProperty().addListener((o, a, s) -> showSettings(s));
    }

    private void showSettings(Settings s) {
        select(languages, s.language());
        select(themes, s.theme());
        select(sizes, s.textSize());
        sound.setSelected(s.soundOn());
        if (!number.isFocused()) {
            number.setText(s.emergencyNumber());
        }
    }

    private static void select(ToggleGroup group, Object value) {
        group.getToggles().stream().filter(x -> x.getUserData() == value).findFirst().ifPresent(x -> x.setSelected(true));
    }

    private void saveNumber() {
        var problem = model.setEmergencyNumber(number.getText());
        number.getStyleClass().remove("invalid");
        numberMessage.getStyleClass().removeAll("error-text", "muted");
        if (problem.isPresent()) {
            number.getStyleClass().add("invalid");
            numberMessage.getStyleClass().add("error-text");
            numberMessage.setText(t.get("emergency.invalid", problemText(problem.get()),
                    model.get().emergencyNumber()));
        } else {
            numberMessage.getStyleClass().add("muted");
            numberMessage.setText(t.get("emergency.saved", model.get().emergencyNumber()));
            number.setText(model.get().emergencyNumber());
        }
    }

    private String problemText(EmergencyNumbers.Problem p) {
        return problemText(t, p);
    }

    /** What is wrong with a typed emergency number, in plain words ({@code t}: the settings bundle). */
    static String problemText(Texts t, EmergencyNumbers.Problem p) {
        return switch (p) {
            case EMPTY -> t.get("emergency.problem.empty");
            case NOT_DIGITS -> t.get("emergency.problem.notDigits");
            case TOO_LONG -> t.get("emergency.problem.tooLong", EmergencyNumbers.MAX_DIGITS);
        };
    }

    /** Adds a titled section (features use this for their own settings, e.g. safety answers). */
    public void addSection(String title, Node... content) {
        page.getChildren().add(section(title, content));
    }

    private static VBox section(String title, Node... content) {
        Label l = new Label(title);
        l.getStyleClass().add("subtitle");
        VBox box = new VBox(l);
        box.getChildren().addAll(content);
        box.getStyleClass().add("card");
        box.setMaxWidth(820);
        return box;
    }

    private Label about() {
        Label l = new Label(t.get("about.version", AppVersion.current()));
        l.setId("about-version");
        return l;
    }

    private String orUnknown(String version) {
        return version == null || version.isBlank() ? t.get("about.unknown") : version;
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
