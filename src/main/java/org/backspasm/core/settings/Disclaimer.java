package org.backspasm.core.settings;

import java.util.List;

/** The short medical disclaimer a user accepts once, on first start (CLINICAL-FACTS section 5), in the app's words. */
public final class Disclaimer {
    public static final String TITLE = "Before you start";
    public static final String INTRO = "This app gives general self-care information for simple back pain and "
            + "muscle spasms. It is not a diagnosis, it cannot examine you, and it does not replace a doctor or "
            + "physiotherapist.";
    public static final String ASK_FIRST = "Ask a doctor or physiotherapist first if you have osteoporosis, a recent "
            + "injury or operation, are pregnant, or have diabetes, nerve damage, poor circulation, Raynaud's, or "
            + "heart, kidney or liver disease.";
    public static final String CHECK = "The warning-sign check can only tell you to get help sooner. Answering "
            + "\"no\" to every question does not rule out a serious problem.";
    public static final String STOP = "Stop any stretch, heat or ice that makes things worse.";
    public static final String MEDICINES = "The app gives no advice about medicines.";
    public static final String DATA = "Everything you enter stays on this computer.";
    public static final String ACCEPT = "I understand";
    public static final List<String> SOURCES = List.of("NHS-BACK", "NINDS", "CSP", "NHS-INFORM", "MEDALG",
            "FDA-CPSC");

    private Disclaimer() {
    }

    /** The emergency line, with the user's number. */
    public static String emergency(String number) {
        return "In an emergency call " + number + " now. Don't wait for the app, and don't drive yourself.";
    }
}
