package org.backspasm.core.dataport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;

/**
 * Reads pain ratings from CSV text: this app's own export, or a spreadsheet with a date/time column and a 0–10
 * column (comma, semicolon or tab between values, with or without a byte-order mark, CRLF or LF line ends). Pure:
 * it only says what it would add and what it would skip ({@link ImportPreview}); writing is the caller's job, after
 * the user confirms. A rating already in the journal (the same id, or the same second and score) is skipped, not
 * doubled.
 */
public final class RatingImport {
    /** What an imported rating from a spreadsheet carries as its "context". */
    public static final String CONTEXT = "import";
    /**
     * The earliest date accepted: anything before is a typing slip (a year 1900), not a rating; the journal's files
     * refuse instants before this year too (the store's {@code Json.FIRST_YEAR}, checked by a test).
     */
    public static final int FIRST_YEAR = 2000;
    static final Instant EARLIEST = Instant.parse(FIRST_YEAR + "-01-01T00:00:00Z");

    private final ZoneId zone;
    private final Locale locale;
    private final Instant now;
    private final PortText words;

    /** Reasons in the language of {@code locale}, which also orders slashed dates. */
    public RatingImport(ZoneId zone, Locale locale, Instant now) {
        this(zone, locale, now, locale);
    }

    /**
     * @param locale the computer's locale: it orders slashed dates (month first in the US)
     * @param language the language the reasons and notes are written in
     */
    public RatingImport(ZoneId zone, Locale locale, Instant now, Locale language) {
        this.zone = zone;
        this.locale = locale;
        this.now = now;
        this.words = new PortText(language);
    }

    /** The preview of importing {@code text} into a journal that holds {@code existing}. */
    public ImportPreview preview(String text, List<JournalEntry> existing) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.isBlank()) {
            return ImportPreview.unreadable(words.empty());
        }
        LineIndex lines = new LineIndex(body);
        List<CSVRecord> records = new ArrayList<>();
        String broken = null;
        long brokenLine = 0;
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(body)).setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(body)).setFormat(format).get()) {
            var it = parser.iterator();
            while (true) {
                brokenLine = parser.getCurrentLineNumber() + 1;
                if (!it.hasNext()) {
                    break;
                }
                records.add(it.next());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            broken = e.getMessage();
        }
        records.removeIf(RatingImport::blank);
        if (records.isEmpty()) {
            return ImportPreview.unreadable(broken == null ? words.empty() : words.brokenQuote(broken));
        }
        Columns cols = Columns.find(records.get(0));
        if (cols == null) {
            return ImportPreview.unreadable(words.noColumns());
        }
        List<CSVRecord> rows = cols.header() ? records.subList(1, records.size()) : records;
        List<String> dateCells = new ArrayList<>(rows.size());
        rows.forEach(r -> dateCells.add(cols.dateText(r)));
        ImportDates dates = ImportDates.forCells(dateCells, zone, locale, words);
        String reading = cols.ownExport() ? words.ownExport() : cols.header()
                ? words.columns(cols.dateName(), cols.scoreName(), dates.monthFirst(), slashes(dateCells))
                : words.noHeader(dates.monthFirst(), slashes(dateCells));

        Map<Long, Long> seen = new HashMap<>();
        Map<String, Long> seenIds = new HashMap<>();
        for (JournalEntry e : existing) {
            seenIds.put(e.id(), 0L);
            if (e instanceof PainRating p) {
                seen.put(key(p), 0L);
            }
        }
        List<ImportPreview.Added> add = new ArrayList<>();
        List<ImportPreview.Skipped> skip = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord r = rows.get(i);
            long line = lines.lineAt(r.getCharacterPosition());
            String why = null;
            PainRating rating = null;
            try {
                rating = cols.rating(r, dates);
            } catch (IllegalArgumentException | DateTimeException e) {
                why = e.getMessage();
            }
            if (rating != null) {
                String when = CsvExport.LOCAL.format(rating.at().atZone(zone));
                if (rating.at().isBefore(EARLIEST)) {
                    why = words.tooOld(when);
                } else if (rating.at().isAfter(now)) {
                    why = words.future(when);
                } else {
                    Long first = seenIds.putIfAbsent(rating.id(), line);
                    if (first == null) {
                        first = seen.putIfAbsent(key(rating), line);
                    }
                    if (first != null) {
                        why = first == 0L ? words.alreadyThere() : words.sameAsLine(first);
                    }
                }
            }
            if (why == null) {
                add.add(new ImportPreview.Added(line, rating));
            } else {
                skip.add(new ImportPreview.Skipped(line, why));
            }
        }
        if (broken != null) {
            skip.add(new ImportPreview.Skipped(brokenLine, words.brokenQuote(broken)));
        }
        return new ImportPreview(add, skip, reading, null);
    }

    /** Same second, same score: the same rating. */
    private static long key(PainRating p) {
        return p.at().getEpochSecond() * 16 + p.score();
    }

    private static boolean blank(CSVRecord r) {
        for (String v : r) {
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean slashes(List<String> cells) {
        return cells.stream().anyMatch(c -> c.matches("\\s*\\d{1,2}/\\d{1,2}/.*"));
    }

    /** The separator the first line uses most: semicolon (spreadsheets where the comma is the decimal mark), tab or comma. */
    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long semicolons = first.chars().filter(c -> c == ';').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        long commas = first.chars().filter(c -> c == ',').count();
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    /** Where each line starts, to turn a record's character position into its line number. */
    private static final class LineIndex {
        private final int[] starts;
        private final String text;

        LineIndex(String text) {
            this.text = text;
            int n = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    n++;
                }
            }
            starts = new int[n];
            int k = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[k++] = i + 1;
                }
            }
        }

        /** The line (from 1) that holds the character at {@code pos}. */
        long lineAt(long pos) {
            int at = (int) pos;
            while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
                at++; // the parser gives a record after empty lines the position where they start
            }
            int i = java.util.Arrays.binarySearch(starts, at);
            return (i >= 0 ? i : -i - 2) + 1L;
        }
    }
}
