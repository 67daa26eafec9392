package org.backspasm.ui;

import javafx.scene.input.KeyCode;
import org.backspasm.ui.text.Lang;

/**
 * A feature with a screen in the navigation, given its id, navigation name (a key of the {@code shell} bundle),
 * icon and key once, in its constructor. {@link #start} keeps the app's services in {@link #app}; a feature with
 * more to do at start overrides it and calls {@code super.start(app)} first.
 */
public abstract class ScreenFeature implements Feature {
    private final ScreenId id;
    private final String labelKey;
    private final String icon;
    private final KeyCode key;
    /** The app's services, from {@link #start} on. */
    protected FeatureContext app;

    /**
     * @param labelKey the navigation name's key in the {@code shell} bundle, written out (e.g. {@code "nav.journal"})
     * @param icon an SVG path in a 20×20 box
     * @param key the digit that opens the screen with Ctrl (⌘)
     */
    protected ScreenFeature(ScreenId id, String labelKey, String icon, KeyCode key) {
        this.id = id;
        this.labelKey = labelKey;
        this.icon = icon;
        this.key = key;
    }

    @Override
    public final ScreenId id() {
        return id;
    }

    @Override
    public final String label(Lang lang) {
        return lang.texts("shell").get(labelKey);
    }

    @Override
    public final String icon() {
        return icon;
    }

    @Override
    public final KeyCode key() {
        return key;
    }

    @Override
    public void start(FeatureContext app) {
        this.app = app;
    }
}
