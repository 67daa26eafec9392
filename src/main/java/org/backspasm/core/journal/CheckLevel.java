package org.backspasm.core.journal;

/**
 * The result of a journalled warning-sign check, from no sign reported to emergency (the names are the strings in
 * the file). UNKNOWN is what a value this version does not know reads as: it is never shown as "no signs".
 */
public enum CheckLevel {
    NONE("no warning signs reported"),
    BOOK("book an appointment"),
    URGENT("get advice today"),
    EMERGENCY("emergency signs reported"),
    UNKNOWN("result could not be read");

    private final String summary;

    CheckLevel(String summary) {
        this.summary = summary;
    }

    /** The words in a journal list line: "Warning-sign check: " + this. */
    public String summary() {
        return summary;
    }
}
