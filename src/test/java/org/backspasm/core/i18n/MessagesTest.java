package org.backspasm.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.backspasm.core.settings.Language;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void theSameKeyInEachLanguage() {
        assertEquals("Settings", Messages.of("settings", Locale.UK).text("title"));
        assertEquals("Ajustes", Messages.of("settings", Locale.forLanguageTag("es-MX")).text("title"));
        assertEquals("Settings", Messages.of("settings", Locale.GERMANY).text("title"), "a language the app lacks");
        String pseudo = Messages.of("settings", Pseudo.LOCALE).text("title");
        assertTrue(pseudo.startsWith("[Šéţţîñĝš"), pseudo);
    }

    @Test
    void numbersAreFormattedForTheLanguage() {
        assertEquals("An emergency number is short, at most 6 digits.",
                Messages.of("settings", Locale.UK).text("emergency.problem.tooLong", 6));
        assertTrue(Messages.of("settings", Languages.SPANISH).text("emergency.problem.tooLong", 6).contains("6 cifras"));
    }

    @Test
    void anUnknownKeyFailsInTests() {
        assertThrows(IllegalArgumentException.class, () -> Messages.of("settings", Locale.UK).text("no.such.key"));
    }

    @Test
    void datesAndTimesFollowTheLanguage() {
        LocalDate d = LocalDate.of(2026, 12, 3);
        assertEquals("3 Dec 2026", Formats.of(Locale.UK).date(d));
        assertEquals("3 dic 2026", Formats.of(Locale.forLanguageTag("es-ES")).date(d));
        assertEquals("14:05", Formats.of(Locale.forLanguageTag("es-ES")).time(LocalTime.of(14, 5)));
        assertEquals("1,5", Formats.of(Languages.SPANISH).number(1.5, 1));
        assertFalse(Pseudo.hasPlainLetter(Formats.of(Pseudo.LOCALE).date(d)));
    }

    @Test
    void systemMeansTheComputersLanguageWhenTheAppHasIt() {
        assertEquals("es", Language.SYSTEM.resolve(Locale.forLanguageTag("es-AR")).getLanguage());
        assertEquals("AR", Language.SYSTEM.resolve(Locale.forLanguageTag("es-AR")).getCountry(), "dates as there");
        assertEquals("en", Language.SYSTEM.resolve(Locale.FRANCE).getLanguage());
        assertEquals("es", Language.SPANISH.resolve(Locale.UK).getLanguage());
        assertEquals("en", Language.ENGLISH.resolve(Locale.forLanguageTag("es-ES")).getLanguage());
    }
}
