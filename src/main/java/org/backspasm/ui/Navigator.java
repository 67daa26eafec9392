package org.backspasm.ui;

/** How screens ask the shell to move the user elsewhere, without knowing about each other. */
public interface Navigator {
    void show(ScreenId id);

    /** Opens the emergency guidance: the emergency questions and the emergency number. */
    void showEmergency();

    /** The shortcut that opens the screen, as people read it ("Ctrl+2", "⌘2" on a Mac); empty if it has none. */
    String shortcutText(ScreenId id);
}
