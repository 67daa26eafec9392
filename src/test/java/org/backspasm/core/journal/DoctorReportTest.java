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
        assertFalse(html.contains("<script"));
    }

    @Test
    void anEmptyPeriodSaysSoInEverySection() {
        String html = DoctorReport.lastDays(List.of(), now, 30, zone).html();
        assertTrue(html.contains("No pain ratings in this period."));
        assertTrue(html.contains("No warning-sign check was done in this period."));
    }
}
