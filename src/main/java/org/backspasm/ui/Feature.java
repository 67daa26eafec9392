package org.backspasm.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.backspasm.core.status.StatusPart;
import org.backspasm.ui.text.Lang;

/**
 * One feature of the app, implemented once per feature and listed once, in {@code AppAssembly.features()}. The
 * navigation, its shortcuts and key hints, Settings, Today and {@code --status} are all built from that list.
 * <p>
 * Life: the instance is made cheaply (the command line makes one only to read {@link #status()}); {@link #start} is
 * called once when the window is built, with the services of the app; the screen is built the first time it is
 * shown; {@link #closing()} just before the app exits.
 */
public interface Feature {
    /** The screen's id, which other screens use to link to it. */
    ScreenId id();

    /**
     * The name in the navigation, in the current language (from a bundle, e.g.
     * {@code lang.texts("reminders").get("nav.label")}; see docs/i18n.md). Asked again when the language changes.
     */
    String label(Lang lang);

    /** The navigation icon: an SVG path in a 20×20 box (its colour comes from CSS). */
    String icon();

    /** The key that opens the screen with Ctrl (⌘ on a Mac): a digit, in the order of the list. */
    KeyCode key();

    /** The feature's parts of {@code --status}, read from the saved state (none by default). */
    default List<StatusPart> status() {
        return List.of();
    }

    /** Makes the models that must follow the data from the start; builds no screen. */
    void start(FeatureContext app);

    /** Builds the screen; called once, the first time it is needed (after {@link #start}). */
    Screen screen();

    /**
     * False for a feature that only runs in the background and adds to Settings, Today or {@code --status} (the
     * reminders): it gets no navigation entry, no shortcut and no screen.
     */
    default boolean hasScreen() {
        return true;
    }

    /** The feature's sections of the Settings screen, asked for when Settings is first built. */
    default List<SettingsSection> settings() {
        return List.of();
    }

    /** The feature's cards on Today (each hides itself while it has nothing to say), asked for once. */
    default List<Node> todayCards() {
        return List.of();
    }

    /** Just before the app exits, on the FX thread (a routine in progress is recorded). */
    default void closing() {
    }

    /** Ctrl (⌘) plus the feature's key. */
    default KeyCombination shortcut() {
        return new KeyCodeCombination(key(), KeyCombination.SHORTCUT_DOWN);
    }
}
