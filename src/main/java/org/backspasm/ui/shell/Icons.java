package org.backspasm.ui.shell;

import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;

/** Small vector icons (20×20 units) drawn for the app; their colour comes from CSS. */
public final class Icons {
    /** The warning triangle: the warning-sign feature's icon, and the mark beside warnings. */
    public static final String WARNING_PATH = "M10 1.5l9 16.5h-18z M9.1 7h1.8v5.6h-1.8z M9.1 14h1.8v1.9h-1.8z";
    /** The app logo's path (20×20 units): the window icon and, at package time, the desktop icons. */
    public static final String LOGO_PATH = "M10 0.8a9.2 9.2 0 1 1 0 18.4a9.2 9.2 0 1 1 0-18.4zM6.70 5.00a2.3 1.05 0 1 0 4.60 0a2.3 1.05 0 1 0 -4.60 0zM7.30 8.10a2.6 1.05 0 1 0 5.20 0a2.6 1.05 0 1 0 -5.20 0zM7.60 11.30a2.8 1.05 0 1 0 5.60 0a2.8 1.05 0 1 0 -5.60 0zM7.40 14.60a2.6 1.05 0 1 0 5.20 0a2.6 1.05 0 1 0 -5.20 0z";
    /** The logo's colour in the window and desktop icons. */
    public static final String LOGO_COLOUR = "#2f6f73";

    private Icons() {
    }

    /** A navigation icon from its path (each feature has its own). */
    public static SVGPath nav(String path) {
        return icon(path, "nav-icon");
    }

    public static SVGPath logo() {
        return icon(LOGO_PATH, "app-logo");
    }

    public static SVGPath warning(String styleClass) {
        return icon(WARNING_PATH, styleClass);
    }

    private static SVGPath icon(String content, String styleClass) {
        SVGPath p = new SVGPath();
        p.setContent(content);
        p.setFillRule(FillRule.EVEN_ODD);
        p.getStyleClass().add(styleClass);
        return p;
    }
}
