package org.backspasm.core.settings;

/**
 * How alerts reach the user when they are not looking at the app: bring the window to the front, and send a
 * desktop notification. Both are on unless turned off (a missing value, as in files saved before these existed,
 * reads as on).
 */
public record AlertSettings(Boolean raiseWindow, Boolean desktopNotifications) {
    public static final AlertSettings DEFAULTS = new AlertSettings(true, true);

    public AlertSettings {
        raiseWindow = raiseWindow == null || raiseWindow;
        desktopNotifications = desktopNotifications == null || desktopNotifications;
    }

    public boolean raises() {
        return raiseWindow;
    }

    public boolean notifiesDesktop() {
        return desktopNotifications;
    }

    public AlertSettings withRaiseWindow(boolean value) {
        return new AlertSettings(value, desktopNotifications);
    }

    public AlertSettings withDesktopNotifications(boolean value) {
        return new AlertSettings(raiseWindow, value);
    }
}
