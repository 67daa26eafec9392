package org.backspasm.ui;

/** A screen that can open its emergency guidance directly (the shell's "Emergency?" control uses it). */
public interface EmergencyPage {
    void openEmergencyPage();
}
