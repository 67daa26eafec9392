package org.backspasm.core.stretch;

/** Health conditions the app asks about once before the first routine, because they make some stretches unsafe. */
public enum Caution {
    OSTEOPOROSIS("Osteoporosis (thinning bones)"),
    KNEE_PROBLEMS("Knee problems"),
    PREGNANCY("Pregnancy"),
    RECENT_INJURY_OR_SURGERY("A recent injury, fall or operation");

    private final String label;

    Caution(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
