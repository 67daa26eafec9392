package org.backspasm.ui;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The screens in the navigation column, in order, each with its Ctrl+digit shortcut. */
public enum ScreenId {
    TODAY("Today", KeyCode.DIGIT1),
    THERAPY("Ice & Heat", KeyCode.DIGIT2),
    STRETCHES("Stretches", KeyCode.DIGIT3),
    WARNING_SIGNS("Warning signs", KeyCode.DIGIT4),
    JOURNAL("Journal", KeyCode.DIGIT5),
    SETTINGS("Settings", KeyCode.DIGIT6);

    private final String label;
    private final KeyCode digit;

    ScreenId(String label, KeyCode digit) {
        this.label = label;
        this.digit = digit;
    }

    public String label() {
        return label;
    }

    public KeyCombination shortcut() {
        return new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN);
    }

    /** The shortcut as people read it, e.g. "Ctrl+2" (or "⌘2" on a Mac). */
    public String shortcutText() {
        return shortcut().getDisplayText();
    }
}
