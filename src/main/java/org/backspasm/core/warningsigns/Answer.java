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

    /** The answer's word in the locale's language. */
    public String label(java.util.Locale locale) {
        org.backspasm.core.i18n.Messages m = org.backspasm.core.i18n.Messages.of(Finding.BUNDLE, locale);
        return switch (this) {
            case YES -> m.text("answer.yes");
            case NO -> m.text("answer.no");
            case NOT_SURE -> m.text("answer.notSure");
        };
    }

    /** Yes or not sure: enough to ask a follow-up or to meet another sign's condition. */
    public boolean possiblyYes() {
        return this != NO;
    }
}
