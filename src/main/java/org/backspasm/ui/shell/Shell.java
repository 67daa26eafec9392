package org.backspasm.ui.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.backspasm.core.state.Notices;
import org.backspasm.ui.EmergencyPage;
import org.backspasm.ui.Feature;
import org.backspasm.ui.Navigator;
import org.backspasm.ui.OverlayLayer;
import org.backspasm.ui.Screen;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.text.Lang;
import org.backspasm.ui.text.Texts;

/**
 * The main window's content: a header with the always-visible "Emergency?" control, the navigation column, the
 * notices about the user's data, and the current screen. Overlays (the disclaimer, confirmations) sit on top.
 */
public final class Shell extends StackPane implements Navigator {
    public static final KeyCombination EMERGENCY_SHORTCUT =
            new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);

    private final List<Feature> features;
    private final Map<ScreenId, Screen> screens = new LinkedHashMap<>();
    private final Map<ScreenId, ToggleButton> navButtons = new LinkedHashMap<>();
    private final ToggleGroup navGroup = new ToggleGroup();
    private final StackPane content = new StackPane();
    private final VBox bottom = new VBox();
    private final NoticeArea notices;
    private final BorderPane main = new BorderPane();
    private final OverlayLayer overlays = new OverlayLayer(this, main);
    private final ReadOnlyObjectWrapper<ScreenId> current = new ReadOnlyObjectWrapper<>();
    private final Button emergency = new Button();
    private final Label name = new Label();
    private final Label hint = new Label();
    private final Lang lang;
    private final Texts t;

    /**
     * @param features the navigation, in order: each feature's screen is built the first time it is shown
     * @param lang     the language: when it changes, the shell's texts are written again and screens rebuilt
     */
    public Shell(List<Feature> features, Notices storeNotices, Lang lang) {
        this.features = List.copyOf(features);
        this.lang = lang;
        this.t = lang.texts("shell");
        features.forEach(f -> screens.put(f.id(), new LazyScreen(f.id(), f::screen)));
        notices = new NoticeArea(storeNotices, lang);
        createView();
        init();
        showTexts();
    }

    /** A bar under every screen (the one-tap rating of "What helps you"); it hides itself while it has nothing. */
    public void addBottomBar(Node bar) {
        bottom.getChildren().add(bar);
    }

    /** The navigation label of a screen, in the current language. */
    public String label(ScreenId id) {
        return features.stream().filter(f -> f.id().equals(id)).findFirst().map(f -> f.label(lang)).orElse("");
    }

    /** Every text of the shell itself, again in the current language. */
    private void showTexts() {
        name.setText(t.get("app.name"));
        emergency.setText(t.get("emergency.button"));
        emergency.setTooltip(new Tooltip(t.get("emergency.tooltip", EMERGENCY_SHORTCUT.getDisplayText())));
        emergency.setAccessibleText(t.get("emergency.accessible"));
        for (Feature f : features) {
            ToggleButton b = navButtons.get(f.id());
            String shortcut = f.shortcut().getDisplayText();
            b.setText(f.label(lang));
            b.setTooltip(new Tooltip(t.get("nav.tooltip", f.label(lang), shortcut)));
            b.setAccessibleHelp(t.get("nav.shortcut", shortcut));
        }
        hint.setText(t.get("nav.hint", keyRange()));
    }

    /**
     * The language changed: the shell's own texts are written again and every screen is built again in the new
     * language (screens keep nothing a user entered: that lives in their models); the visible one is shown at once.
     */
    private void changeLanguage() {
        showTexts();
        ScreenId was = current.get();
        screens.values().forEach(s -> {
            if (s instanceof LazyScreen lazy) {
                lazy.rebuild(); // the visible one is told it is hidden first
            } else if (s.id().equals(was)) {
                s.hidden();
            }
        });
        current.set(null);
        if (was != null) {
            boolean focusWasInScreen = focusIsIn(content);
            show(was);
            if (focusWasInScreen) {
                screen(was).view().requestFocus();
            }
        }
    }

    private void createView() {
        getStyleClass().add("shell");
        name.getStyleClass().add("app-name");
        name.managedProperty().bind(name.visibleProperty()); // a narrow window hides it: the title bar has it too
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        emergency.getStyleClass().add("emergency-button");
        emergency.setMinWidth(Region.USE_PREF_SIZE);
        emergency.setId("emergency-button");
        javafx.scene.shape.SVGPath logo = Icons.logo();
        logo.setScaleX(1.5);
        logo.setScaleY(1.5);
        HBox header = new HBox(new javafx.scene.Group(logo), name, spacer, emergency);
        header.getStyleClass().add("app-header");

        VBox nav = new NavColumn();
        nav.getStyleClass().add("nav");
        for (Feature f : features) {
            ScreenId id = f.id();
            ToggleButton b = new ToggleButton(null, Icons.nav(f.icon()));
            b.setId("nav-" + id.name());
            b.getStyleClass().setAll("toggle-button", "nav-button");
            b.setToggleGroup(navGroup);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setWrapText(true); // only past the column's maximum width (see NavColumn)
            b.setOnAction(e -> show(id));
            navButtons.put(id, b);
            nav.getChildren().add(b);
        }
        Region navSpacer = new Region();
        VBox.setVgrow(navSpacer, Priority.ALWAYS);
        hint.getStyleClass().add("nav-hint");
        hint.setWrapText(true);
        hint.managedProperty().bind(hint.visibleProperty()); // hidden in a narrow window
        nav.getChildren().addAll(navSpacer, hint);

        VBox center = new VBox(notices, content, bottom);
        VBox.setVgrow(content, Priority.ALWAYS);
        content.setAlignment(Pos.TOP_LEFT);
        // below 48 text widths the navigation shows only its icons (with tooltips), and pages use less margin
        navButtons.values().stream().findFirst().ifPresent(b -> org.backspasm.ui.layout.NarrowWidth.track(this, b, 48));
        main.setTop(header);
        main.setLeft(nav);
        main.setCenter(center);
        // if the window is too low for everything, the bottom is cut, never the header with the Emergency button
        StackPane.setAlignment(main, Pos.TOP_LEFT);
        getChildren().add(main);
    }

    private void init() {
        lang.localeProperty().addListener((o, a, b) -> changeLanguage());
        emergency.setOnAction(e -> showEmergency());
        navGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true); // a nav button cannot be un-selected by clicking it again
            }
        });
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                installShortcuts(scene);
                javafx.application.Platform.runLater(this::focusStart);
            }
        });
    }

    /** "Ctrl+1…6": the first feature's shortcut and the last one's key. */
    private String keyRange() {
        if (features.isEmpty()) {
            return "";
        }
        String first = features.get(0).shortcut().getDisplayText();
        Feature last = features.get(features.size() - 1);
        return features.size() == 1 ? first : first + "…" + last.key().getName();
    }

    private void installShortcuts(Scene scene) {
        for (Feature f : features) {
            scene.getAccelerators().put(f.shortcut(), () -> show(f.id()));
        }
        scene.getAccelerators().put(EMERGENCY_SHORTCUT, this::showEmergency);
    }

    /**
     * The first focus: the disclaimer's button when it is showing, otherwise the current screen's navigation button,
     * so that Enter or Space at start never opens the emergency page by accident.
     */
    void focusStart() {
        if (hasOverlay()) {
            return; // the rest of the window is disabled; the overlay's only button takes the focus
        }
        ScreenId id = current.get();
        if (id != null) {
            navButtons.get(id).requestFocus();
        }
    }

    @Override
    public void show(ScreenId id) {
        Screen next = screens.get(id);
        if (next == null) {
            return;
        }
        ScreenId was = current.get();
        if (was == id) {
            return;
        }
        if (was != null) {
            screens.get(was).hidden();
        }
        boolean focusWasInScreen = focusIsIn(content);
        content.getChildren().setAll(next.view());
        navButtons.get(id).setSelected(true);
        current.set(id);
        if (focusWasInScreen) {
            navButtons.get(id).requestFocus(); // not wherever JavaFX falls back to (the Emergency button)
        }
        next.shown();
    }

    @Override
    public String shortcutText(ScreenId id) {
        return DeferredNavigator.shortcutText(features, id);
    }

    @Override
    public void showEmergency() {
        show(ScreenId.WARNING_SIGNS);
        Screen s = screen(ScreenId.WARNING_SIGNS); // the real screen, also when it is built on first use
        if (s instanceof EmergencyPage page) {
            page.openEmergencyPage();
        }
    }

    private boolean focusIsIn(Node parent) {
        Node n = getScene() == null ? null : getScene().getFocusOwner();
        while (n != null && n != parent) {
            n = n.getParent();
        }
        return n != null;
    }

    public ReadOnlyObjectProperty<ScreenId> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The screens' ids in the order of the navigation. */
    public List<ScreenId> screenIds() {
        return List.copyOf(screens.keySet());
    }

    /** The screen for this id, built now if it was waiting to be shown first (see {@link LazyScreen}). */
    public Screen screen(ScreenId id) {
        Screen s = screens.get(id);
        return s instanceof LazyScreen lazy ? lazy.real() : s;
    }

    public NoticeArea notices() {
        return notices;
    }

    /** Puts a node over everything (dimming the rest) until {@link #closeOverlay(Node)}. */
    public void showOverlay(Node card) {
        overlays.show(card);
    }

    public void closeOverlay(Node card) {
        overlays.close(card);
    }

    public boolean hasOverlay() {
        return overlays.showing();
    }
}
