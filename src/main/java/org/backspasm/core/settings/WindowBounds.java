package org.backspasm.core.settings;

/** Where the main window was and how big, so the next start puts it back. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    public static final double MIN_WIDTH = 640;
    public static final double MIN_HEIGHT = 480;

    public static WindowBounds defaults() {
        return new WindowBounds(Double.NaN, Double.NaN, 1100, 740, false);
    }

    /** The same bounds kept within sensible minimums, so a bad file cannot make an unusable window. */
    public WindowBounds sane() {
        double w = Double.isFinite(width) ? Math.max(MIN_WIDTH, width) : 1100;
        double h = Double.isFinite(height) ? Math.max(MIN_HEIGHT, height) : 740;
        return new WindowBounds(x, y, w, h, maximized);
    }

    public boolean hasPosition() {
        return Double.isFinite(x) && Double.isFinite(y);
    }
}
