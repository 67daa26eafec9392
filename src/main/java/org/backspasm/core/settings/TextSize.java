package org.backspasm.core.settings;

/** App-wide text sizes, as a base font size in points; every other size in the UI is relative to it. */
public enum TextSize {
    SMALL("Small", 12),
    NORMAL("Normal", 14),
    LARGE("Large", 17),
    EXTRA_LARGE("Extra large", 21);

    private final String label;
    private final int points;

    TextSize(String label, int points) {
        this.label = label;
        this.points = points;
    }

    public String label() {
        return label;
    }

    public int points() {
        return points;
    }
}
