package org.backspasm.ui.shell;

import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;
import org.backspasm.ui.ScreenId;

/** Small vector icons (20×20 units) drawn for the app; their colour comes from CSS. */
public final class Icons {
    private static final String SUN = "M10 6.5a3.5 3.5 0 1 1 0 7a3.5 3.5 0 1 1 0-7z"
            + "M9.2 1h1.6v3h-1.6zM9.2 16h1.6v3h-1.6zM1 9.2h3v1.6h-3zM16 9.2h3v1.6h-3z"
            + "M3.4 4.5l1.1-1.1 2.1 2.1-1.1 1.1zM13.4 14.5l1.1-1.1 2.1 2.1-1.1 1.1z"
            + "M13.4 5.5l2.1-2.1 1.1 1.1-2.1 2.1zM3.4 15.5l2.1-2.1 1.1 1.1-2.1 2.1z";
    private static final String THERMOMETER = "M7.6 3.2a2.4 2.4 0 0 1 4.8 0v7.9a4.3 4.3 0 1 1-4.8 0z"
            + "M9.2 3.2v8.8a2.7 2.7 0 1 0 1.6 0v-8.8a0.8 0.8 0 0 0-1.6 0z";
    private static final String FIGURE = "M10 1.2a2.1 2.1 0 1 1 0 4.2a2.1 2.1 0 1 1 0-4.2z"
            + "M3.5 6.8h13v1.8h-4.6v3.8l2.7 6.2h-2.1l-2.5-5.4-2.5 5.4h-2.1l2.7-6.2v-3.8h-4.6z";
    private static final String WARNING = "M10 1.5l9 16.5h-18z M9.1 7h1.8v5.6h-1.8z M9.1 14h1.8v1.9h-1.8z";
    private static final String BOOK = "M4 2h10.5a1.8 1.8 0 0 1 1.8 1.8v14.7h-10.5a1.8 1.8 0 0 1-1.8-1.8z"
            + "M6.6 5h7.1v1.5h-7.1zM6.6 8.2h7.1v1.5h-7.1zM6.6 11.4h4.6v1.5h-4.6z";
    private static final String GEAR = "M8.6 1h2.8l0.4 2.3 1.6 0.7 1.9-1.4 2 2-1.4 1.9 0.7 1.6 2.3 0.4v2.8"
            + "l-2.3 0.4-0.7 1.6 1.4 1.9-2 2-1.9-1.4-1.6 0.7-0.4 2.3h-2.8l-0.4-2.3-1.6-0.7-1.9 1.4-2-2"
            + " 1.4-1.9-0.7-1.6-2.3-0.4v-2.8l2.3-0.4 0.7-1.6-1.4-1.9 2-2 1.9 1.4 1.6-0.7z"
            + "M10 7a3 3 0 1 0 0.01 0z";
    /** The app logo's path (20×20 units): the window icon and, at package time, the desktop icons. */
    public static final String LOGO_PATH = "M10 0.8a9.2 9.2 0 1 1 0 18.4a9.2 9.2 0 1 1 0-18.4zM6.70 5.00a2.3 1.05 0 1 0 4.60 0a2.3 1.05 0 1 0 -4.60 0zM7.30 8.10a2.6 1.05 0 1 0 5.20 0a2.6 1.05 0 1 0 -5.20 0zM7.60 11.30a2.8 1.05 0 1 0 5.60 0a2.8 1.05 0 1 0 -5.60 0zM7.40 14.60a2.6 1.05 0 1 0 5.20 0a2.6 1.05 0 1 0 -5.20 0z";
    /** The logo's colour in the window and desktop icons. */
    public static final String LOGO_COLOUR = "#2f6f73";

    private Icons() {
    }

    public static SVGPath forScreen(ScreenId id) {
        String path = switch (id) {
            case TODAY -> SUN;
            case THERAPY -> THERMOMETER;
            case STRETCHES -> FIGURE;
            case WARNING_SIGNS -> WARNING;
            case JOURNAL -> BOOK;
            case SETTINGS -> GEAR;
        };
        return icon(path, "nav-icon");
    }

    public static SVGPath logo() {
        return icon(LOGO_PATH, "app-logo");
    }

    public static SVGPath warning(String styleClass) {
        return icon(WARNING, styleClass);
    }

    private static SVGPath icon(String content, String styleClass) {
        SVGPath p = new SVGPath();
        p.setContent(content);
        p.setFillRule(FillRule.EVEN_ODD);
        p.getStyleClass().add(styleClass);
        return p;
    }
}
