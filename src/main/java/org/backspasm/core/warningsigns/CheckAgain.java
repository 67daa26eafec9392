package org.backspasm.core.warningsigns;

/**
 * The words of "check again" (CLINICAL-FACTS 6): the button beside the pain rating with which the user notes that
 * something new has happened, and what it says once pressed. The offer itself is an {@link Offer}.
 */
public final class CheckAgain {
    public static final String BUTTON = "Something new?";
    public static final String BUTTON_HELP = "Note that something new or different has happened (a new symptom, "
            + "or a change): the warning-sign check is then offered at the top of Today.";

    private CheckAgain() {
    }

    /** After "Something new?" was pressed, at this time of day. */
    public static String noted(String time) {
        return "Noted at " + time + ". The warning-sign check is offered at the top of Today: one click to start, "
                + "or put it away.";
    }
}
