package org.backspasm.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.backspasm.core.i18n.Pseudo;
import org.junit.jupiter.api.Test;

/** The scan's rule itself: what passes as pseudo text and what is caught. */
class PseudoTextsTest {
    private final PseudoTexts rule = new PseudoTexts(List.of("/tmp/data", "NHS: Back pain"));

    @Test
    void aTextFromABundlePassesAndAPlainOneIsCaught() {
        assertNull(rule.problem(Pseudo.text("Settings")));
        assertNull(rule.problem(Pseudo.pattern("{0} minutes left")));
        assertEquals("plain letters", rule.problem("Settings"));
        assertEquals("plain letters", rule.problem(Pseudo.text("Day") + " 3 of this episode"));
        assertEquals("no pseudo markers", rule.problem("Šéţţîñĝš"));
    }

    @Test
    void numbersUserDataSourceTitlesAndKeyNamesPass() {
        assertNull(rule.problem("12:05"));
        assertNull(rule.problem("3 / 10"));
        assertNull(rule.problem(Pseudo.text("Data folder:") + " /tmp/data"));
        assertNull(rule.problem(Pseudo.text("Sources:") + " NHS: Back pain"));
        assertNull(rule.problem(Pseudo.text("Today") + " (Ctrl+1)"));
        assertEquals("plain letters", rule.problem(Pseudo.text("Today") + " (Ctrl+1) now"));
    }
}
