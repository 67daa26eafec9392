package org.backspasm.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class EmergencyNumbersTest {
    @Test
    void defaultsFollowTheCountry() {
        assertEquals("911", EmergencyNumbers.forLocale(Locale.US));
        assertEquals("911", EmergencyNumbers.forLocale(Locale.CANADA));
        assertEquals("999", EmergencyNumbers.forLocale(Locale.UK));
        assertEquals("112", EmergencyNumbers.forLocale(Locale.GERMANY));
        assertEquals("112", EmergencyNumbers.forLocale(Locale.FRANCE));
        assertEquals("000", EmergencyNumbers.forLocale(new Locale("en", "AU")));
        assertEquals("111", EmergencyNumbers.forLocale(new Locale("en", "NZ")));
        assertEquals("112", EmergencyNumbers.forLocale(Locale.ENGLISH), "no country: 112");
    }

    @Test
    void onlyShortDigitNumbersAreAccepted() {
        assertTrue(EmergencyNumbers.problemWith("911").isEmpty());
        assertTrue(EmergencyNumbers.problemWith(" 1 1 2 ").isEmpty());
        assertTrue(EmergencyNumbers.problemWith("").isPresent());
        assertTrue(EmergencyNumbers.problemWith("9a1").get() == EmergencyNumbers.Problem.NOT_DIGITS);
        assertTrue(EmergencyNumbers.problemWith("+44 999").isPresent());
        assertTrue(EmergencyNumbers.problemWith("1234567").isPresent());
    }

    @Test
    void settingsNeverHoldAnInvalidNumber() {
        Settings s = new Settings(null, null, "abc", true, null);
        assertEquals(Theme.LIGHT, s.theme());
        assertTrue(EmergencyNumbers.problemWith(s.emergencyNumber()).isEmpty());
    }
}
