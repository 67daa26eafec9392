package org.backspasm.core.warningsigns;

/** The emergency banner's words, written once: the check's first page and the screen shown when it cannot run. */
public final class EmergencyText {
    /** Above the number on the check's first page. */
    public static final String BEFORE_THE_QUESTIONS = "If you think it is an emergency, don't wait for these questions:";
    /** Above the number when the check cannot run. */
    public static final String NO_CHECK = "If you think it is an emergency:";
    /** Below the number. */
    public static final String OR_GO = "or go to the nearest emergency department. Don't drive yourself.";

    private EmergencyText() {
    }

    /** The number, as the banner shows it: "Call 999 now". */
    public static String call(String number) {
        return "Call " + number + " now";
    }

    /** The whole banner in one sentence, for screen readers. */
    public static String spoken(String number) {
        return "If you think it is an emergency, call " + number + " now, or go to the nearest emergency "
                + "department. Don't drive yourself.";
    }
}
