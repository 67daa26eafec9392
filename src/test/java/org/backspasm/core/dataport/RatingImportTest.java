package org.backspasm.core.dataport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.junit.jupiter.api.Test;

/**
 * The corpus of damaged and odd CSV files: each one gives exactly its listed rows to add and rows to skip, with
 * line numbers and reasons. (Nothing is written here at all: the preview is pure; writing is tested with the
 * journal in {@code ImportIntoJournalTest}.)
 */
class RatingImportTest {
    static final ZoneId ZONE = ZoneId.of("Europe/London");
    static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private final RatingImport uk = new RatingImport(ZONE, Locale.UK, NOW);

    private ImportPreview preview(String text) {
        return uk.preview(text, List.of());
    }

    /** "line: reason" for each skip, in order. */
    private static String skips(ImportPreview p) {
        return p.skipped().stream().map(s -> s.line() + ": " + s.reason()).collect(Collectors.joining("\n"));
    }

    private static String adds(ImportPreview p) {
        return p.toAdd().stream().map(a -> a.line() + ": " + a.rating().score() + " at " + a.rating().at())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void aPlainSpreadsheetWithCommasAndLf() {
        ImportPreview p = preview("Date,Pain\n2026-12-01 08:00,7\n2026-12-02 09:30,5\n");
        assertNull(p.problem());
        assertEquals("2: 7 at 2026-12-01T08:00:00Z\n3: 5 at 2026-12-02T09:30:00Z", adds(p));
        assertEquals("", skips(p));
        assertEquals(RatingImport.CONTEXT, p.toAdd().get(0).rating().context());
        assertTrue(p.reading().contains("\u201cDate\u201d") && p.reading().contains("\u201cPain\u201d"), p.reading());
    }

    @Test
    void bomSemicolonsCrlfAndADecimalCommaScore() {
        ImportPreview p = preview("\uFEFFFecha;Dolor;Nota\r\n01.12.2026 08:00;7;\"mal; muy mal\"\r\n"
                + "02.12.2026 08:00;6,5;x\r\n03.12.2026 10:00;4,0;\r\n");
        assertEquals("2: 7 at 2026-12-01T08:00:00Z\n4: 4 at 2026-12-03T10:00:00Z", adds(p));
        assertEquals("3: the pain score 6,5 is not a whole number from 0 to 10", skips(p));
        assertEquals("mal; muy mal", p.toAdd().get(0).rating().note());
    }

    @Test
    void quotesWithCommasAndNewlinesKeepTheLineNumbersOfTheFile() {
        ImportPreview p = preview("when,pain,note\n"
                + "2026-12-01T08:00:00Z,3,\"stiff, then\nbetter after a walk\"\n"
                + "2026-12-01T20:00:00Z,11,\"a \"\"bad\"\" evening\"\n"
                + "2026-12-02T08:00:00Z,2,ok\n");
        assertEquals("2: 3 at 2026-12-01T08:00:00Z\n5: 2 at 2026-12-02T08:00:00Z", adds(p));
        assertEquals("4: the pain score 11 is not from 0 to 10", skips(p));
        assertEquals("stiff, then\nbetter after a walk", p.toAdd().get(0).rating().note());
    }

    @Test
    void emptyLinesAreNotRowsButLineNumbersStillCount() {
        ImportPreview p = preview("date,pain\n\n2026-12-01 08:00,7\n\r\n   \n,,\n2026-12-01 09:00,6\n\n");
        assertEquals("3: 7 at 2026-12-01T08:00:00Z\n7: 6 at 2026-12-01T09:00:00Z", adds(p));
        assertEquals("", skips(p));
    }

    @Test
    void everyKindOfBadScoreAndDateIsSkippedWithItsReason() {
        ImportPreview p = preview(String.join("\n",
                "Date/Time,Pain (0-10)",
                "2026-12-01 08:00,7.5",
                "2026-12-01 09:00,11",
                "2026-12-01 10:00,-1",
                "2026-12-01 11:00,bad",
                "2026-12-01 12:00,",
                "1900-06-01 08:00,5",
                "2200-06-01 08:00,5",
                "2026-02-30 08:00,5",
                "yesterday,5",
                "2026-12-01 25:00,5",
                "2026-12-01 13:00,+3",
                "2026-12-01 14:00,10",
                "2026-12-01 15:00,0",
                "2026-12-05 08:00,4",
                "3/12/26,4"));
        assertEquals(String.join("\n",
                "2: the pain score 7.5 is not a whole number from 0 to 10",
                "3: the pain score 11 is not from 0 to 10",
                "4: the pain score -1 is not from 0 to 10",
                "5: the pain score \u201cbad\u201d is not a number",
                "6: no pain score",
                "7: the date 1900-06-01 08:00:00 is before 2000",
                "8: the date 2200-06-01 08:00:00 is in the future",
                "9: \u201c2026-02-30 08:00\u201d is not a real date",
                "10: \u201cyesterday\u201d is not a date the app can read",
                "11: \u201c2026-12-01 25:00\u201d has a time that does not exist",
                "15: the date 2026-12-05 08:00:00 is in the future",
                "16: \u201c3/12/26\u201d needs the year in four digits"), skips(p));
        assertEquals("12: 3 at 2026-12-01T13:00:00Z\n13: 10 at 2026-12-01T14:00:00Z\n14: 0 at 2026-12-01T15:00:00Z",
                adds(p));
    }

    @Test
    void slashedDatesAreReadDayFirstOrMonthFirstForTheWholeFile() {
        ImportPreview dayFirst = preview("date,pain\n3/12/2026 08:00,4\n25/11/2026 08:00,5\n");
        assertEquals("2: 4 at 2026-12-03T08:00:00Z\n3: 5 at 2026-11-25T08:00:00Z", adds(dayFirst));
        ImportPreview monthFirst = preview("date,pain\n12/3/2026 8:00 AM,4\n11/25/2026 7:15 PM,5\n");
        assertEquals("2: 4 at 2026-12-03T08:00:00Z\n3: 5 at 2026-11-25T19:15:00Z", adds(monthFirst));
        assertTrue(monthFirst.reading().contains("month first"), monthFirst.reading());
        ImportPreview us = new RatingImport(ZONE, Locale.US, NOW).preview("date,pain\n12/3/2026,4\n", List.of());
        assertEquals("2: 4 at 2026-12-03T12:00:00Z", adds(us));
    }

    @Test
    void separateDateAndTimeColumnsAndNoHeaderAtAll() {
        assertEquals("2: 6 at 2026-12-01T07:45:00Z",
                adds(preview("Day;Time;Score\n2026-12-01;07:45;6\n")));
        ImportPreview noHeader = preview("2026-12-01 08:00,7\n2026-12-01 09:00,x\n");
        assertEquals("1: 7 at 2026-12-01T08:00:00Z", adds(noHeader));
        assertEquals("2: the pain score \u201cx\u201d is not a number", skips(noHeader));
    }

    @Test
    void ratingsAlreadyInTheJournalOrEarlierInTheFileAreSkippedNotDoubled() {
        List<JournalEntry> journal = List.of(new PainRating(Instant.parse("2026-12-01T08:00:00Z"), 7, "", ""));
        ImportPreview p = uk.preview("date,pain\n2026-12-01 08:00,7\n2026-12-01 08:00,6\n2026-12-01 08:00,6\n",
                journal);
        assertEquals("3: 6 at 2026-12-01T08:00:00Z", adds(p));
        assertEquals("2: already in your journal\n4: the same as line 3", skips(p));
    }

    @Test
    void aFileThatCannotBeReadSaysWhyAndAddsNothing() {
        assertNotNull(preview("").problem());
        assertNotNull(preview("\uFEFF\r\n\r\n").problem());
        ImportPreview noColumns = preview("name,colour\nann,red\n");
        assertTrue(noColumns.problem().contains("date,pain"), noColumns.problem());
        assertTrue(noColumns.toAdd().isEmpty());
    }

    @Test
    void anUnclosedQuoteStopsTheReadingThereAndSaysSo() {
        ImportPreview p = preview("date,pain,note\n2026-12-01 08:00,7,ok\n2026-12-01 09:00,6,\"never closed\n"
                + "2026-12-01 10:00,5,x\n");
        assertEquals("2: 7 at 2026-12-01T08:00:00Z", adds(p));
        assertEquals(1, p.skipped().size());
        assertEquals(3, p.skipped().get(0).line());
        assertTrue(p.skipped().get(0).reason().startsWith("the file cannot be read from here on"), skips(p));
    }

    @Test
    void inSpanishTheCsvReadersOwnEnglishIsLabelledAsItsDetail() {
        ImportPreview p = new RatingImport(ZONE, Locale.forLanguageTag("es-ES"), NOW).preview(
                "fecha,dolor,nota\n2026-12-01 08:00,7,ok\n2026-12-01 09:00,6,\"sin cerrar\n", List.of());
        String why = p.skipped().get(0).reason();
        assertTrue(why.startsWith("el archivo no se puede leer a partir de aquí: un valor entre comillas no está cerrado"
                + " o tiene texto tras las comillas de cierre (detalle del lector de CSV: «"), why);
    }

    @Test
    void aSpanishExportsSummaryIsInSpanishAndItStillImports() throws Exception {
        StringBuilder csv = new StringBuilder();
        PainRating six = new PainRating(Instant.parse("2026-12-01T08:00:00Z"), 6, "", "");
        CsvExport.write(List.of(six), ZONE, Locale.forLanguageTag("es-ES"), csv);
        String row = csv.toString().lines().toList().get(1);
        assertTrue(row.contains(six.summary(Locale.forLanguageTag("es-ES"))), row);
        assertTrue(!row.contains(six.summary(Locale.UK)), "no English summary: " + row);
        assertEquals(List.of(six), new RatingImport(ZONE, Locale.forLanguageTag("es-ES"), NOW)
                .preview(csv.toString(), List.of()).ratings());
    }

    @Test
    void theOwnExportGivesItsPainRatingsAndSkipsTheRestByKind() throws Exception {
        StringBuilder csv = new StringBuilder();
        CsvExport.write(List.of(new PainRating(Instant.parse("2026-12-01T08:00:00.250Z"), 4, "a, \"b\"\nc", "morning"),
                org.backspasm.core.journal.EpisodeEvent.class.cast(new org.backspasm.core.journal.EpisodeEvent(
                        Instant.parse("2026-12-01T07:00:00Z"), org.backspasm.core.journal.EpisodeEvent.Kind.STARTED,
                        Instant.parse("2026-12-01T06:00:00Z")))), ZONE, Locale.UK, csv);
        ImportPreview p = preview(csv.toString());
        assertEquals(List.of(new PainRating(Instant.parse("2026-12-01T08:00:00.250Z"), 4, "a, \"b\"\nc", "morning")),
                p.ratings());
        assertEquals("2: not a pain rating (episode)", skips(p));
    }
}
