package org.backspasm.ui;

import java.util.Objects;

/**
 * Names a screen, so that one screen can send the user to another ({@link Navigator#show}) without knowing it. The
 * label, icon and shortcut belong to the screen's {@link Feature}. The ids below are the screens others link to; a
 * new feature declares its own id as a constant in its feature class.
 *
 * @param name lower case with dashes; also the navigation button's node id ({@code nav-<name>})
 */
public record ScreenId(String name) {
    public static final ScreenId TODAY = new ScreenId("today");
    public static final ScreenId THERAPY = new ScreenId("therapy");
    public static final ScreenId STRETCHES = new ScreenId("stretches");
    public static final ScreenId WARNING_SIGNS = new ScreenId("warning-signs");
    public static final ScreenId JOURNAL = new ScreenId("journal");
    public static final ScreenId SETTINGS = new ScreenId("settings");

    public ScreenId {
        Objects.requireNonNull(name);
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("a screen id is lower case with dashes: " + name);
        }
    }
}
