package org.backspasm.core.warningsigns;

/** An answer to one warning-sign question. */
public enum Answer {
    YES("Yes"),
    NO("No"),
    NOT_SURE("Not sure");

    private final String label;

    Answer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Yes or not sure: enough to ask a follow-up or to meet another sign's condition. */
    public boolean possiblyYes() {
        return this != NO;
    }
}
