package org.backspasm.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PseudoTest {

    @Test
    void everyLetterIsAccentedAndTheTextIsMarkedAndLonger() {
        String p = Pseudo.text("Take the pack off now");
        assertTrue(p.startsWith("[") && p.endsWith("]"), p);
        assertFalse(Pseudo.hasPlainLetter(p), p);
        int letters = "Takethepackoffnow".length();
        assertTrue(p.length() >= "Take the pack off now".length() + Math.ceil(letters * 0.4) + 2, p);
    }

    @Test
    void placeholdersAndPluralChoicesStillWork() {
        String pattern = "{0,choice,0#no minutes|1#one minute|1<{0,number,integer} minutes} left, {1}";
        String pseudo = Pseudo.pattern(pattern);
        String one = new MessageFormat(pseudo, Locale.ENGLISH).format(new Object[] {1, "Ann"});
        String many = new MessageFormat(pseudo, Locale.ENGLISH).format(new Object[] {12, "Ann"});
        assertFalse(Pseudo.hasPlainLetter(one.replace("Ann", "")), one);
        assertTrue(many.contains("12"), many);
        assertTrue(one.contains("Ann"), "an argument (user data) is put in as it is: " + one);
        assertFalse(one.contains("{"), one);
    }

    @Test
    void quotedApostrophesAreKept() {
        String out = new MessageFormat(Pseudo.pattern("Don''t drive {0}"), Locale.ENGLISH).format(new Object[] {"x"});
        assertTrue(out.contains("'"), out);
        assertTrue(out.endsWith("]"), out);
    }

    @Test
    void theSystemPropertyPicksThePseudoLocale() {
        assertEquals(Pseudo.LOCALE, Languages.system("pseudo", Locale.UK));
        assertEquals(Locale.UK, Languages.system(null, Locale.UK));
        assertEquals(Languages.SPANISH, Languages.system("es", Locale.UK));
        assertTrue(Languages.forced(Pseudo.LOCALE));
    }
}
