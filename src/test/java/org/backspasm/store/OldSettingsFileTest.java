package org.backspasm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.backspasm.core.settings.EmergencyNumbers;
import org.backspasm.core.settings.Language;
import org.backspasm.core.settings.Settings;
import org.backspasm.core.settings.Theme;
import org.backspasm.core.state.Sections;
import org.backspasm.testing.FakeClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings written before the language choice and before the emergency number's confirmation was kept (issue 15,
 * CLINICAL-FACTS 4c) still load as they were: the computer's language, and the number counts as checked only when it
 * is the known number of a known country; a saved confirmation survives the round trip.
 */
class OldSettingsFileTest {
    @TempDir
    Path dir;
    final FakeClock clock = FakeClock.at("2026-11-22T10:00:00Z");
    final StoreNotices notices = new StoreNotices();

    private Settings readOld(String number) throws IOException {
        Files.writeString(dir.resolve("state.json"), "{\"schemaVersion\": 1, \"sections\": {\"settings\": "
                + "{\"theme\": \"DARK\", \"textSize\": \"LARGE\", \"emergencyNumber\": \"" + number + "\", "
                + "\"soundOn\": false, \"disclaimerAcceptedAt\": \"2026-11-01T08:00:00Z\"}}}");
        return StateStore.open(dir, Runnable::run, notices, clock).get(Sections.SETTINGS);
    }

    @Test
    void anOldFileLoadsWithEverythingItHeld() throws IOException {
        Settings s = readOld("999");
        assertEquals(Theme.DARK, s.theme());
        assertEquals("999", s.emergencyNumber());
        assertFalse(s.soundOn());
        assertTrue(s.disclaimerAccepted());
        assertEquals(Language.SYSTEM, s.language());
        assertNull(s.emergencyNumberConfirmed(), "not known from an old file");
        assertEquals(List.of(), notices.peekAll(), "nothing reported: the file is fine");
    }

    @Test
    void anOldNumberCountsAsCheckedOnlyWhenItIsTheKnownNumberOfAKnownCountry() throws IOException {
        assertFalse(EmergencyNumbers.needsCheck(readOld("999"), Locale.UK));
        assertTrue(EmergencyNumbers.needsCheck(readOld("112"), Locale.UK), "not the UK's number");
        assertTrue(EmergencyNumbers.needsCheck(readOld("112"), new Locale("en", "IN")), "a country the app does not know");
        assertTrue(EmergencyNumbers.needsCheck(readOld("112"), Locale.ENGLISH), "no country");
    }

    @Test
    void aSavedNumberStaysConfirmedAfterARestart() throws IOException {
        Settings guess = Settings.defaults(new Locale("en", "IN"));
        StateStore s = StateStore.open(dir, Runnable::run, notices, clock);
        s.put(Sections.SETTINGS, guess.withLanguage(Language.SPANISH));
        Settings again = StateStore.open(dir, Runnable::run, notices, clock).get(Sections.SETTINGS);
        assertTrue(EmergencyNumbers.needsCheck(again, new Locale("en", "IN")), "a guess stays a guess");
        assertEquals(Language.SPANISH, again.language());
        s.put(Sections.SETTINGS, again.withEmergencyNumber("112"));
        Settings saved = StateStore.open(dir, Runnable::run, notices, clock).get(Sections.SETTINGS);
        assertEquals(Boolean.TRUE, saved.emergencyNumberConfirmed());
        assertFalse(EmergencyNumbers.needsCheck(saved, new Locale("en", "IN")), "saved by the user: checked");
        assertEquals(Language.SPANISH, saved.language(), "the language kept beside it");
    }
}
