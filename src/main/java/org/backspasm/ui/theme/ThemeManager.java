package org.backspasm.ui.theme;

import java.util.Objects;
import javafx.scene.Parent;
import org.backspasm.core.settings.Settings;
import org.backspasm.core.settings.Theme;

/**
 * Applies the theme and text size to a scene root: one style class per theme (which swaps the looked-up colours
 * defined in app.css) and the root font size, from which every em-based size follows.
 */
public final class ThemeManager {
    public static final String APP_CSS = Objects.requireNonNull(
            ThemeManager.class.getResource("/org/backspasm/ui/app.css")).toExternalForm();

    private ThemeManager() {
    }

    public static void apply(Parent root, Settings settings) {
        if (!root.getStylesheets().contains(APP_CSS)) {
            root.getStylesheets().add(0, APP_CSS);
        }
        for (Theme t : Theme.values()) {
            root.getStyleClass().remove(styleClass(t));
        }
        root.getStyleClass().add(styleClass(settings.theme()));
        root.setStyle("-fx-font-size: " + settings.textSize().points() + "px;");
    }

    /** The style class put on the scene root for a theme, e.g. {@code theme-high-contrast}. */
    public static String styleClass(Theme t) {
        return "theme-" + t.name().toLowerCase().replace('_', '-');
    }

    /** A stylesheet that sits beside a class (e.g. a screen's own CSS), as a URL string. */
    public static String stylesheet(Class<?> owner, String name) {
        return Objects.requireNonNull(owner.getResource(name), name).toExternalForm();
    }
}
