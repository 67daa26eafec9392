package org.backspasm.core.warningsigns;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ResultWordingTest {

    @Test
    void noSignsReportedNeverSaysAllIsWell() {
        String text = ResultWording.forLevel(Level.NONE, "999").allText();
        String lower = text.toLowerCase(Locale.ROOT);
        for (String banned : new String[] {"fine", "normal", "no problem", "all clear", "nothing wrong", "safe"}) {
            assertFalse(lower.contains(banned), "contains \"" + banned + "\": " + text);
        }
        assertTrue(text.contains("None of your answers points to a warning sign"));
        assertTrue(lower.contains("self-care"));
        assertTrue(lower.contains("check again if anything changes"));
        assertTrue(lower.contains("cannot rule out a serious problem"));
        assertFalse(ResultWording.shortName(Level.NONE).toLowerCase(Locale.ROOT).contains("fine"));
    }

    @Test
    void eachLevelSaysWhatToDoAndCitesSources() {
        String emergency = ResultWording.forLevel(Level.EMERGENCY, "112").allText();
        assertTrue(emergency.contains("Call 112 now"));
        assertTrue(emergency.contains("emergency department"));
        assertTrue(emergency.contains("Don't drive yourself"));
        String lowerEmergency = emergency.toLowerCase(Locale.ROOT);
        for (String softening : new String[] {"do not prove", "even though", "probably nothing", "may not be"}) {
            assertFalse(lowerEmergency.contains(softening), "an emergency screen does not soften: " + softening);
        }
        String urgent = ResultWording.forLevel(Level.URGENT, "112").allText();
        assertTrue(urgent.contains("today") && urgent.contains("nurse") && urgent.contains("urgent care"));
        String book = ResultWording.forLevel(Level.BOOK, "112").allText();
        assertTrue(book.contains("appointment") && book.contains("two weeks"));
        for (Level l : Level.values()) {
            ResultText t = ResultWording.forLevel(l, "112");
            assertFalse(t.sources().isEmpty(), l.name());
            assertFalse(t.allText().toLowerCase(Locale.ROOT).matches("(?s).*you (may |might |probably )?have (a |an |cauda|cancer).*"),
                    "never a diagnosis: " + l);
        }
    }
}
