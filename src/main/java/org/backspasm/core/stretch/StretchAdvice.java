package org.backspasm.core.stretch;

import java.util.ArrayList;
import java.util.List;

/** The sources behind the stretch screens' safety advice (CLINICAL-FACTS), kept out of the views. */
public final class StretchAdvice {
    /** The caution questions asked before the first routine. */
    public static final List<String> CAUTIONS_SOURCES = List.of("NHS-INFORM", "MAYO-EX", "CSP", "NHS-BACK",
            "PREG-NHS", "TFTF2015");
    /** The same questions in Settings. */
    public static final List<String> CAUTION_SETTINGS_SOURCES = List.of("MAYO-EX", "CSP", "NHS-BACK", "PREG-NHS",
            "TFTF2015");
    /** Stop when it hurts, and what to check then. */
    public static final List<String> PAIN_STOP_SOURCES = List.of("NHS-INFORM", "CSP", "NHS-BACK", "MAYO-EX");
    /** The question about a recent injury, before stretching. */
    public static final List<String> INJURY_SOURCES = List.of("NHS-BACK", "AHCPR1994");

    private StretchAdvice() {
    }

    /** The sources for "ask a professional first", for the cautions the user has. */
    public static List<String> askFirstSources(CautionAnswers a) {
        List<String> ids = new ArrayList<>(List.of("NHS-INFORM", "CSP"));
        if (a.has(Caution.RECENT_INJURY_OR_SURGERY)) {
            ids.addAll(INJURY_SOURCES);
        }
        if (a.has(Caution.OSTEOPOROSIS)) {
            ids.addAll(List.of("MAYO-EX", "TFTF2015", "ROS-SSS2022"));
        }
        if (a.has(Caution.PREGNANCY)) {
            ids.addAll(List.of("PREG-NHS", "NI-TRUST"));
        }
        return ids;
    }
}
