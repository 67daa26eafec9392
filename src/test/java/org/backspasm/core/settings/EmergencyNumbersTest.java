package org.backspasm.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.backspasm.core.i18n.Messages;
import org.backspasm.core.warningsigns.Level;
import org.backspasm.core.warningsigns.ResultWording;
import org.junit.jupiter.api.Test;

class EmergencyNumbersTest {
    static final Locale INDIA = new Locale("en", "IN");
    static final Locale NO_COUNTRY = Locale.ENGLISH;
    static final Locale BRAZIL = new Locale("pt", "BR");
    /** The clinical wording of CLINICAL-FACTS 4c / issue 15, checked word for word. */
    static final String REMINDER = "Check this is your local emergency number (Settings).";

    @Test
    void theCountriesOfTheFactsKeepTheirNumbersAndAreNotAsked() {
        assertEquals("911", EmergencyNumbers.forLocale(Locale.US));
        assertEquals("911", EmergencyNumbers.forLocale(Locale.CANADA));
        assertEquals("999", EmergencyNumbers.forLocale(Locale.UK));
        assertEquals("112", EmergencyNumbers.forLocale(Locale.GERMANY));
        assertEquals("112", EmergencyNumbers.forLocale(Locale.FRANCE));
        assertEquals("112", EmergencyNumbers.forLocale(new Locale("es", "ES")));
        assertEquals("000", EmergencyNumbers.forLocale(new Locale("en", "AU")));
        assertEquals("111", EmergencyNumbers.forLocale(new Locale("en", "NZ")));
        for (Locale known : List.of(Locale.US, Locale.CANADA, Locale.UK, Locale.GERMANY, Locale.FRANCE, Locale.ITALY,
                new Locale("pl", "PL"), new Locale("en", "IE"), new Locale("en", "AU"), new Locale("en", "NZ"))) {
            assertTrue(EmergencyNumbers.isKnown(known), known.toString());
            Settings s = Settings.defaults(known);
            assertFalse(EmergencyNumbers.needsCheck(s, known), known + " is not asked");
            assertEquals("", EmergencyNumberText.reminder(s, known, Locale.UK));
        }
    }

    @Test
    void anotherCountryOrNoneIsAGuessToBeCheckedNeverASilent112() {
        for (Locale unknown : List.of(INDIA, NO_COUNTRY, new Locale("es", "MX"), new Locale("en", "ZA"),
                new Locale("en", "JE"), new Locale("en", "PR"), new Locale("de", "CH"))) {
            assertFalse(EmergencyNumbers.isKnown(unknown), unknown.toString());
            Settings s = Settings.defaults(unknown);
            assertTrue(EmergencyNumbers.needsCheck(s, unknown), unknown + " is asked");
            assertEquals(REMINDER, EmergencyNumberText.reminder(s, unknown, Locale.UK));
        }
        assertEquals("112", EmergencyNumbers.forLocale(NO_COUNTRY), "the best guess, shown with the reminder");
        assertEquals("999", EmergencyNumbers.forLocale(new Locale("en", "JE")), "Jersey: guess 999, still asked");
        String why = EmergencyNumberText.askWhy(INDIA, "112", Locale.UK);
        assertTrue(why.contains("India") && why.contains("112") && why.contains("not everywhere"), why);
        assertTrue(EmergencyNumberText.askWhy(NO_COUNTRY, "112", Locale.UK).contains("does not say which country"));
    }

    @Test
    void inSpanishTheReminderAndTheQuestionAreSpanishWithTheCountryInSpanish() {
        Locale es = new Locale("es");
        String reminder = EmergencyNumberText.reminder(Settings.defaults(BRAZIL), BRAZIL, es);
        assertEquals(Messages.of("emergencynumber", es).text("reminder"), reminder);
        assertTrue(reminder.startsWith("Compruebe"), reminder);
        String why = EmergencyNumberText.askWhy(BRAZIL, "112", es);
        assertTrue(why.contains("Brasil") && why.contains("112"), why);
    }

    @Test
    void savingANumberConfirmsItAndTheReminderGoesAway() {
        Settings guess = Settings.defaults(INDIA);
        Settings saved = guess.withEmergencyNumber("1 12");
        assertEquals("112", saved.emergencyNumber());
        assertFalse(EmergencyNumbers.needsCheck(saved, INDIA));
        assertEquals("", EmergencyNumberText.reminder(saved, INDIA, Locale.UK));
        assertFalse(EmergencyNumbers.needsCheck(guess.withEmergencyNumber("108"), INDIA));
        // other changes keep the state of the number
        assertTrue(EmergencyNumbers.needsCheck(guess.withTheme(Theme.DARK).withSoundOn(false), INDIA));
    }

    @Test
    void settingsSavedBeforeTheConfirmationWasKept() {
        Settings old = new Settings(Theme.LIGHT, TextSize.NORMAL, "999", true, null); // read from an older file
        assertFalse(EmergencyNumbers.needsCheck(old, Locale.UK), "the known number of a known country");
        assertTrue(EmergencyNumbers.needsCheck(new Settings(null, null, "112", true, null), INDIA),
                "112 in a country the app does not know: to be checked");
        assertTrue(EmergencyNumbers.needsCheck(new Settings(null, null, "112", true, null), Locale.UK),
                "not the UK's number: to be checked");
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
    void settingsNeverHoldAnInvalidNumberAndAGuessInItsPlaceIsToBeChecked() {
        Settings s = new Settings(null, null, "abc", true, null);
        assertEquals(Theme.LIGHT, s.theme());
        assertTrue(EmergencyNumbers.problemWith(s.emergencyNumber()).isEmpty());
        assertTrue(EmergencyNumbers.needsCheck(s, Locale.UK));
    }

    @Test
    void everyResultShowingTheNumberAddsTheReminderUntilChecked() {
        String reminder = EmergencyNumberText.checkReminder(Locale.UK);
        for (Level l : Level.values()) {
            List<String> steps = ResultWording.forLevel(l, "112", reminder).steps();
            int number = -1;
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).contains("112")) {
                    number = i;
                    break;
                }
            }
            assertTrue(number >= 0, l + " shows the number");
            assertEquals(reminder, steps.get(number + 1), l + ": the reminder right after the number");
            assertFalse(ResultWording.forLevel(l, "112", "").steps().contains(reminder), l.name());
        }
        assertTrue(ResultWording.notSureNote("112", reminder).endsWith(reminder));
        assertFalse(ResultWording.notSureNote("112", "").contains("Check this"));
    }
}
