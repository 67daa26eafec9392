package org.backspasm.core.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DoctorReportTest {
    final Instant now = Instant.parse("2026-11-22T10:00:00Z");
    final ZoneId zone = ZoneId.of("Europe/London");

    @Test
    void listsWhatHappenedInThePeriodAndEscapesNotes() {
        List<JournalEntry> all = List.of(
                new PainRating(now.minus(Duration.ofDays(40)), 9, "too old to show", ""),
                new EpisodeEvent(now.minus(Duration.ofDays(2)), EpisodeEvent.Kind.STARTED, now.minus(Duration.ofDays(2))),
                new PainRating(now.minus(Duration.ofDays(1)), 7, "lifting <boxes> & bending", ""),
                new TherapySegmentRecord(now.minusSeconds(600), TherapyMode.ICE, TherapySegment.APPLY_ICE, 1, null, null,
                        now.minusSeconds(1800), now.minusSeconds(600), SegmentOutcome.COMPLETED, ""),
                new StretchSessionRecord(now.minusSeconds(300), "gentle", "Gentle relief", now.minusSeconds(900),
                        StretchOutcome.STOPPED_FOR_PAIN, List.of(), "Knee-to-chest", "2", 6),
                new WarningSignCheckRecord(now, CheckLevel.URGENT, Map.of("fever", CheckAnswer.YES), List.of("fever"),
                        List.of("A temperature of 38 °C or more")));
        DoctorReport report = DoctorReport.lastDays(all, now, 30, zone);
        String html = report.html();
        assertEquals(5, report.entryCount());
        assertFalse(html.contains("too old to show"));
        assertTrue(html.contains("lifting &lt;boxes&gt; &amp; bending"));
        assertTrue(html.contains("7/10"));
        assertTrue(html.contains("Ice, 20 min, completed"));
        assertTrue(html.contains("stopped for pain (6/10) during Knee-to-chest"));
        assertTrue(html.contains("A temperature of 38 °C or more"));
        assertTrue(html.contains("<svg"));
        assertTrue(html.contains("not a diagnosis"));
        assertTrue(html.contains("Recorded by the patient with Back Spasm Companion " + System.getProperty("pom.version")
                + "."), "the report names the version that made it");
        assertFalse(html.contains("<script"));
    }

    /** Issue 17: walks, a line a day, and the answers to "Compared with the start…?", on screen and on paper. */
    @Test
    void walksADayAndTheProgressAnswersAreInTheRecordCompactly() {
        Instant dayBefore = Instant.parse("2026-11-21T09:00:00Z");
        List<JournalEntry> all = List.of(
                new WalkRecord(dayBefore, null, WalkSource.I_WALKED),
                new WalkRecord(now.minus(Duration.ofHours(3)), 10, WalkSource.I_WALKED),
                new WalkRecord(now.minus(Duration.ofHours(2)), 15, WalkSource.REMINDER_DONE),
                new WalkRecord(now.minus(Duration.ofHours(1)), null, WalkSource.REMINDER_DONE),
                new ProgressAnswer(dayBefore.plusSeconds(60), Progress.ABOUT_THE_SAME),
                new ProgressAnswer(now.minusSeconds(60), Progress.A_LITTLE_BETTER));
        DoctorReport report = DoctorReport.lastDays(all, now, 30, zone);
        String html = report.html();
        assertTrue(html.contains("<h2>Walks</h2>") || html.contains(">Walks<"), html);
        assertTrue(html.contains("<td>21 Nov 2026</td><td>1 walk</td>"), html);
        assertTrue(html.contains("<td>22 Nov 2026</td><td>3 walks, 25 min (2 timed)</td>"), html);
        assertTrue(html.contains("About the same") && html.contains("A little better"), html);
        assertTrue(html.indexOf("About the same") < html.indexOf("A little better"), "oldest first");
        List<String> lines = report.printLines().stream().map(l -> String.join(" | ", l.cells())).toList();
        assertTrue(lines.contains("22 Nov 2026 | 3 walks, 25 min (2 timed)"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.endsWith(" | A little better")), lines.toString());

        String empty = DoctorReport.lastDays(List.of(), now, 30, zone).html();
        assertTrue(empty.contains("No walks recorded in this period."));
        assertTrue(empty.contains("Not asked or not answered in this period."));
        String spanish = DoctorReport.lastDays(all, now, 30, zone, java.util.Locale.forLanguageTag("es")).html();
        assertTrue(spanish.contains("3 paseos, 25 min (2 cronometrados)") && spanish.contains("Un poco mejor"),
                spanish);
    }

    @Test
    void aCheckWhoseResultCannotBeReadSaysSo() {
        String html = DoctorReport.lastDays(List.of(new WarningSignCheckRecord(now, CheckLevel.UNKNOWN,
                Map.of("fever", CheckAnswer.NO), null, null)), now, 30, zone).html();
        assertTrue(html.contains("Warning-sign check: result could not be read"), html);
        assertTrue(html.contains("could not be read</td>") || html.contains(">could not be read<"), html);
        assertFalse(html.contains("no warning signs reported"), "never shown as no sign");
        String printed = DoctorReport.lastDays(List.of(new WarningSignCheckRecord(now, CheckLevel.UNKNOWN,
                Map.of("fever", CheckAnswer.NO), null, null)), now, 30, zone).printLines().toString();
        assertTrue(printed.contains("result could not be read") && printed.contains("could not be read]"), printed);
        assertFalse(printed.contains("no warning signs reported"), "never shown as no sign, printed either");
    }

    @Test
    void anEmptyPeriodSaysSoInEverySection() {
        String html = DoctorReport.lastDays(List.of(), now, 30, zone).html();
        assertTrue(html.contains("No pain ratings in this period."));
        assertTrue(html.contains("No warning-sign check was done in this period."));
        assertFalse(html.contains("{{"), "every placeholder filled");
    }

    @Test
    void theChartHasOnePointPerRatingPlacedByTimeAndScore() {
        Instant from = now.minus(Duration.ofDays(2));
        List<JournalEntry> all = List.of(new PainRating(from, 10, "", ""), new PainRating(from.plus(Duration.ofDays(1)), 5, "", ""),
                new PainRating(now, 0, "", ""));
        String html = new DoctorReport(all, from, now, zone).html();
        assertTrue(html.contains("points=\"30.0,10.0 350.0,100.0 670.0,190.0\""), html);
        assertTrue(html.contains("<circle cx=\"350.0\" cy=\"100.0\" r=\"3.5\"/>"), html);
        assertEquals(3, html.split("<circle ", -1).length - 1);
        assertTrue(html.contains(">20 Nov 2026</text>") && html.contains(">22 Nov 2026</text>"), "the period's ends");
        assertFalse(html.contains("{{"), "every placeholder filled");
    }
}
