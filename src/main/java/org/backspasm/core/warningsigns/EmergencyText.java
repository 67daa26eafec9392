package org.backspasm.core.warningsigns;

import java.util.Locale;
import org.backspasm.core.i18n.Messages;

/**
 * The emergency banner's words, written once (bundle {@code warningsigns}): the check's first page and the screen
 * shown when it cannot run, in the locale's language.
 */
public final class EmergencyText {
    /** What stands above the number. */
    public enum Lead {
        /** On the check's first page: "If you think it is an emergency, don't wait for these questions:". */
        BEFORE_THE_QUESTIONS,
        /** When the check cannot run: "If you think it is an emergency:". */
        NO_CHECK
    }

    private EmergencyText() {
    }

    public static String lead(Lead lead, Locale locale) {
        Messages m = Messages.of(Finding.BUNDLE, locale);
        return switch (lead) {
            case BEFORE_THE_QUESTIONS -> m.text("banner.lead");
            case NO_CHECK -> m.text("banner.noCheck");
        };
    }

    /** Below the number: "or go to the nearest emergency department. Don't drive yourself." */
    public static String orGo(Locale locale) {
        return Messages.of(Finding.BUNDLE, locale).text("banner.rest");
    }

    /** The number, as the banner shows it: "Call 999 now". */
    public static String call(String number, Locale locale) {
        return Messages.of(Finding.BUNDLE, locale).text("banner.call", number);
    }

    /** The whole banner in one sentence, for screen readers. */
    public static String spoken(String number, Locale locale) {
        return Messages.of(Finding.BUNDLE, locale).text("banner.accessible", number);
    }
}
