package org.backspasm.core.warningsigns;

import java.util.List;
import java.util.Locale;
import org.backspasm.core.i18n.Messages;

/**
 * The app's own wording for each result (from CLINICAL-FACTS sections 4 and 5). It says "get checked", never
 * "you have X"; with no warning sign it says that none of the answers points to one (CLINICAL-FACTS 4b: a "yes" that
 * did not count is still an answer, so never "you answered no to everything") and never that all is well.
 */
public final class ResultWording {
    private ResultWording() {
    }

    public static ResultText forLevel(Level level, String emergencyNumber) {
        return forLevel(level, emergencyNumber, "");
    }

    /**
     * The result with, while the number is a guess the user has not checked, the reminder to check it right after
     * the first step that gives the number (empty {@code numberReminder}: none).
     */
    public static ResultText forLevel(Level level, String emergencyNumber, String numberReminder) {
        ResultText t = wording(level, emergencyNumber);
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
        String note = "Not sure counts as \"get medical advice today\". If you think this could be an emergency, "
                + "call " + emergencyNumber + " now.";
        return numberReminder.isEmpty() ? note : note + " " + numberReminder;
    }

    private static ResultText wording(Level level, String emergencyNumber) {
        return switch (level) {
            case EMERGENCY -> new ResultText(level,
                    "Call " + emergencyNumber + " now",
                    List.of("Call " + emergencyNumber + " now, or go to the nearest emergency department straight away.",
                            "Don't drive yourself. Ask someone to take you, or call for an ambulance.",
                            "Don't wait to see whether it passes, and don't wait for this app.",
                            "Tell them you have back pain and the signs below. They need checking now."),
                    "What you answered that led here:",
                    List.of("NHS-BACK", "CES-LEAFLETS", "GIRFT", "AAFP2012"));
            case URGENT -> new ResultText(level,
                    "Get medical advice today",
                    List.of("Contact a doctor, an urgent care service or a nurse advice line today, within 24 hours.",
                            "Say that you have back pain and tell them about the signs below.",
                            "If a sign from the emergency questions appears, or things get much worse, call "
                                    + emergencyNumber + "."),
                    "What to tell them:",
                    List.of("NHS-BACK", "MAYO-BP", "AHCPR1994", "GCARE"));
            case BOOK -> new ResultText(level,
                    "Book an appointment",
                    List.of("Make an appointment with a doctor or physiotherapist within the next few days, "
                                    + "and no later than two weeks.",
                            "Mention the points below when you go.",
                            "Until then keep up your self-care, and check again if anything changes or gets worse.",
                            "If a sign from the emergency questions appears, call " + emergencyNumber + "."),
                    "What to mention:",
                    List.of("NHS-BACK", "MAYO-BP", "CSP", "NHS-INFORM"));
            case NONE -> new ResultText(level,
                    "None of your answers points to a warning sign",
                    List.of("Keep up your self-care: stay as active as the pain allows, and use ice, heat and the "
                                    + "gentle stretches if they help.",
                            "Check again if anything changes or gets worse.",
                            "This check cannot rule out a serious problem. If you are worried, contact a doctor, and "
                                    + "in an emergency call " + emergencyNumber + "."),
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
        return switch (level) {
            case EMERGENCY -> "Emergency: call now";
            case URGENT -> "Get advice today";
            case BOOK -> "Book an appointment";
            case NONE -> "No warning sign in the answers";
        };
    }
}
