package org.backspasm.core.warningsigns;

import java.util.List;
import java.util.Locale;
import org.backspasm.core.i18n.Messages;

/**
 * The app's own wording for each result (from CLINICAL-FACTS sections 4 and 5), in the locale's language (bundle
 * {@code warningsigns}). It says "get checked", never "you have X"; with no warning sign it says that none of the
 * answers points to one (CLINICAL-FACTS 4b: a "yes" that did not count is still an answer, so never "you answered
 * no to everything") and never that all is well.
 */
public final class ResultWording {
    private ResultWording() {
    }

    public static ResultText forLevel(Level level, String emergencyNumber) {
        return forLevel(level, emergencyNumber, "", Locale.UK);
    }

    public static ResultText forLevel(Level level, String emergencyNumber, String numberReminder) {
        return forLevel(level, emergencyNumber, numberReminder, Locale.UK);
    }

    public static ResultText forLevel(Level level, String emergencyNumber, Locale locale) {
        return forLevel(level, emergencyNumber, "", locale);
    }

    /**
     * The result with, while the number is a guess the user has not checked, the reminder to check it right after
     * the first step that gives the number (empty {@code numberReminder}: none).
     */
    public static ResultText forLevel(Level level, String emergencyNumber, String numberReminder, Locale locale) {
        ResultText t = wording(level, emergencyNumber, locale);
        if (numberReminder.isEmpty()) {
            return t;
        }
        List<String> steps = new java.util.ArrayList<>(t.steps());
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).contains(emergencyNumber)) {
                steps.add(i + 1, numberReminder);
                break;
            }
        }
        return new ResultText(t.level(), t.heading(), steps, t.signsIntro(), t.sources());
    }

    /** Under an emergency question answered "not sure". */
    public static String notSureNote(String emergencyNumber, String numberReminder) {
        return notSureNote(emergencyNumber, numberReminder, Locale.UK);
    }

    public static String notSureNote(String emergencyNumber, String numberReminder, Locale locale) {
        String note = Messages.of(Finding.BUNDLE, locale).text("notSure.note", emergencyNumber);
        return numberReminder.isEmpty() ? note : note + " " + numberReminder;
    }

    private static ResultText wording(Level level, String emergencyNumber, Locale locale) {
        Messages m = Messages.of(Finding.BUNDLE, locale);
        return switch (level) {
            case EMERGENCY -> new ResultText(level,
                    m.text("result.emergency.heading", emergencyNumber),
                    List.of(m.text("result.emergency.step1", emergencyNumber), m.text("result.emergency.step2"),
                            m.text("result.emergency.step3"), m.text("result.emergency.step4")),
                    m.text("result.emergency.signs"),
                    List.of("NHS-BACK", "CES-LEAFLETS", "GIRFT", "AAFP2012"));
            case URGENT -> new ResultText(level,
                    m.text("result.urgent.heading"),
                    List.of(m.text("result.urgent.step1"), m.text("result.urgent.step2"),
                            m.text("result.urgent.step3", emergencyNumber)),
                    m.text("result.urgent.signs"),
                    List.of("NHS-BACK", "MAYO-BP", "AHCPR1994", "GCARE"));
            case BOOK -> new ResultText(level,
                    m.text("result.book.heading"),
                    List.of(m.text("result.book.step1"), m.text("result.book.step2"), m.text("result.book.step3"),
                            m.text("result.book.step4", emergencyNumber)),
                    m.text("result.book.signs"),
                    List.of("NHS-BACK", "MAYO-BP", "CSP", "NHS-INFORM"));
            case NONE -> new ResultText(level,
                    m.text("result.none.heading"),
                    List.of(m.text("result.none.step1"), m.text("result.none.step2"),
                            m.text("result.none.step3", emergencyNumber)),
                    "",
                    List.of("NHS-BACK", "NINDS", "NICE-NG59"));
        };
    }

    /** The short name of a saved check whose result could not be read: "Result could not be read". */
    public static String unreadableName(Locale locale) {
        return Messages.of("check", locale).text("unreadable.name");
    }

    /** What the report of a saved check says when its result could not be read: never "no warning sign". */
    public static ResultText unreadable(String emergencyNumber, String numberReminder, Locale locale) {
        Messages m = Messages.of("check", locale);
        List<String> steps = new java.util.ArrayList<>(List.of(m.text("unreadable.step1"), m.text("unreadable.step2"),
                m.text("unreadable.step3", emergencyNumber)));
        if (!numberReminder.isEmpty()) {
            steps.add(numberReminder);
        }
        return new ResultText(Level.NONE, unreadableName(locale), steps, m.text("unreadable.signs"),
                List.of("NHS-BACK"));
    }

    /** A short name for a level, for lists and the journal. */
    public static String shortName(Level level) {
        return shortName(level, Locale.UK);
    }

    public static String shortName(Level level, Locale locale) {
        Messages m = Messages.of(Finding.BUNDLE, locale);
        return switch (level) {
            case EMERGENCY -> m.text("level.emergency");
            case URGENT -> m.text("level.urgent");
            case BOOK -> m.text("level.book");
            case NONE -> m.text("level.none");
        };
    }
}
