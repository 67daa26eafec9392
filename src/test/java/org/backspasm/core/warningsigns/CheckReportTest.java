package org.backspasm.core.warningsigns;

import org.backspasm.core.content.ContentException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import org.backspasm.core.journal.WarningSignCheckRecord;
import org.junit.jupiter.api.Test;

class CheckReportTest {

    @Test
    void inSpanishThePageNamesTheAppInSpanish() throws ContentException {
        SignCatalog c = SignCatalog.loadDefault();
        java.util.Locale es = java.util.Locale.forLanguageTag("es-MX");
        WarningSignCheckRecord r = CheckRecords.toRecord(Assessment.start(c).with("chest-pain", Answer.NO),
                Instant.parse("2026-11-22T09:30:00Z"), es);
        String html = CheckReport.html(r, c, ZoneId.of("America/Mexico_City"), "911", "", es);
        assertTrue(html.contains("Compañero para el dolor de espalda " + System.getProperty("pom.version")), html);
        assertFalse(html.contains("Back Spasm Companion"), "no English app name in a Spanish page");
    }

    @Test
    void theSummaryShowsWhenResultSignsAndEveryAnswer() throws ContentException {
        SignCatalog c = SignCatalog.loadDefault();
        Assessment a = Assessment.start(c).with("weight-loss", Answer.YES).with("chest-pain", Answer.NO)
                .with("pregnant", Answer.NOT_SURE);
        WarningSignCheckRecord r = CheckRecords.toRecord(a, Instant.parse("2026-11-22T09:30:00Z"));
        String html = CheckReport.html(r, c, ZoneId.of("Europe/London"), "999");
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("Sunday 22 November 2026, 09:30, with Back Spasm Companion "
                + System.getProperty("pom.version") + "."), "the version that made it");
        assertTrue(html.contains("Result: Get advice today"));
        assertTrue(html.contains("<li>Losing weight without trying</li>"));
        assertTrue(html.contains("Do you have pain in your chest as well as the back pain?</td><td class=\"no\">No</td>"));
        assertTrue(html.contains("<td class=\"yes\">Not sure</td>"));
        assertTrue(html.contains("not a diagnosis"));
        assertFalse(html.contains("Is this the first time"), "unanswered questions are left out");
        assertTrue(html.contains("<a href=\"https://nhs.uk/conditions/back-pain/\">NHS: Back pain</a>"), html);
        assertTrue(html.contains("Mayo Clinic: Back pain"), "a readable title for each source");
        for (String id : c.sources().ids()) {
            assertFalse(org.backspasm.content.RawIds.contains(html.replaceAll("<[^>]*>", " "), id, c.sources()),
                    "no raw source id in the report: " + id);
        }
    }

    @Test
    void aCheckWhoseResultCannotBeReadSaysSoInTheReportAndTheHistoryNeverNoSign() throws ContentException {
        SignCatalog c = SignCatalog.loadDefault();
        // as the store reads a line whose level it does not know ("PURPLE", a damaged or newer file): UNKNOWN
        WarningSignCheckRecord damaged = new WarningSignCheckRecord(Instant.parse("2026-11-22T09:30:00Z"),
                org.backspasm.core.journal.CheckLevel.UNKNOWN,
                java.util.Map.of("chest-pain", org.backspasm.core.journal.CheckAnswer.NO), null, null);
        assertFalse(CheckRecords.isReadable(damaged));
        assertEquals("Result could not be read", CheckRecords.resultName(damaged), "the history line");
        String html = CheckReport.html(damaged, c, ZoneId.of("Europe/London"), "999");
        assertTrue(html.contains("Result: Result could not be read"), html);
        assertTrue(html.contains("could not be read back from the journal"));
        assertFalse(html.contains("No warning sign"), "never shown as no sign");
        assertFalse(html.contains("None of your answers points"), "never shown as no sign");
        assertTrue(html.contains("Do you have pain in your chest as well as the back pain?</td><td class=\"no\">No</td>"),
                "the answers saved with it still show");
        // a readable record without signs is still "no warning sign in the answers"
        WarningSignCheckRecord none = CheckRecords.toRecord(Assessment.start(c).with("chest-pain", Answer.NO),
                Instant.parse("2026-11-22T09:30:00Z"));
        assertEquals("No warning sign in the answers", CheckRecords.resultName(none));
    }

    @Test
    void textIsEscaped() {
        assertTrue(org.backspasm.core.text.Html.escape("<b>\"a\" & 'b'</b>").equals("&lt;b&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/b&gt;"));
    }

    /** Issue 15: the check's report adds the reminder to check the number while it is a guess, and only then. */
    @Test
    void theReportRemindsToCheckTheNumberUntilItIsChecked() throws ContentException {
        SignCatalog c = SignCatalog.loadDefault();
        WarningSignCheckRecord r = CheckRecords.toRecord(Assessment.start(c).with("chest-pain", Answer.YES),
                Instant.parse("2026-11-22T09:30:00Z"));
        String reminder = org.backspasm.core.settings.EmergencyNumberText.checkReminder(java.util.Locale.UK);
        assertTrue(CheckReport.html(r, c, ZoneId.of("Europe/London"), "112", reminder).contains(reminder));
        assertFalse(CheckReport.html(r, c, ZoneId.of("Europe/London"), "112", "").contains(reminder));
        WarningSignCheckRecord damaged = new WarningSignCheckRecord(Instant.parse("2026-11-22T09:30:00Z"),
                org.backspasm.core.journal.CheckLevel.UNKNOWN, java.util.Map.of(), null, null);
        assertTrue(CheckReport.html(damaged, c, ZoneId.of("Europe/London"), "112", reminder).contains(reminder));
    }
}
