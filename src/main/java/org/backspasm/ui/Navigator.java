package org.backspasm.ui;

/** How screens ask the shell to move the user elsewhere, without knowing about each other. */
public interface Navigator {
    void show(ScreenId id);

    /** Opens the emergency guidance: the emergency questions and the emergency number. */
    void showEmergency();
}
