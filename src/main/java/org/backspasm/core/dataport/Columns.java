package org.backspasm.core.dataport;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.backspasm.core.journal.PainRating;

/**
 * Which columns of an imported file hold what: this app's own export (by its header), a spreadsheet whose header
 * names a date (and maybe a separate time) and a pain score, or a file with no header whose first column is a date
 * and second a score. Column names are matched loosely (case, spaces and punctuation ignored; English, Spanish,
 * German and French words).
 */
record Columns(boolean header, boolean ownExport, int date, int time, int score, int note, int context, int type,
        String dateName, String scoreName, int id) {

    private static final List<String> DATE_TIME = List.of("datetime", "timestamp", "when", "instant",
            "localtime", "fechahora", "fechayhora", "zeitpunkt", "dateheure");
    private static final List<String> DATE = List.of("date", "day", "fecha", "dia", "datum", "tag", "jour");
    private static final List<String> TIME = List.of("time", "hour", "hora", "zeit", "uhrzeit", "heure");
    private static final List<String> SCORE = List.of("pain", "painscore", "score", "rating", "level", "dolor",
            "nivel", "puntuacion", "schmerz", "douleur", "vas", "nrs");
    private static final List<String> NOTE = List.of("note", "notes", "comment", "comments", "nota", "notas",
            "comentario", "notiz", "bemerkung");

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d*[.,]\\d+|[+-]?\\d+[.,]\\d*");
    private static final Pattern DIGITS = Pattern.compile("[+-]?\\d+");

    static Columns find(CSVRecord first) {
        List<String> names = first.toList();
        List<String> norm = names.stream().map(Columns::norm).toList();
        int type = norm.indexOf("type");
        int instant = norm.indexOf("instant");
        int painScore = norm.indexOf("painscore");
        if (type >= 0 && instant >= 0 && painScore >= 0) {
            return new Columns(true, true, instant, -1, painScore, norm.indexOf("note"), norm.indexOf("context"),
                    type, names.get(instant), names.get(painScore), norm.indexOf("id"));
        }
        int dateTime = indexOf(norm, DATE_TIME);
        int date = dateTime >= 0 ? dateTime : indexOf(norm, DATE);
        int time = dateTime >= 0 ? -1 : indexOf(norm, TIME);
        if (date < 0 && time >= 0) {
            date = time; // a single "time" column holding date and time
            time = -1;
        }
        int score = indexOf(norm, SCORE);
        if (date >= 0 && score >= 0) {
            return new Columns(true, false, date, time, score, indexOf(norm, NOTE), -1, -1, names.get(date),
                    names.get(score), -1);
        }
        if (names.size() >= 2 && looksLikeDate(names.get(0))) {
            return new Columns(false, false, 0, -1, 1, -1, -1, -1, "", "", -1);
        }
        return null;
    }

    /** The date (and time) as written in the row. */
    String dateText(CSVRecord r) {
        String d = cell(r, date);
        return time < 0 ? d.strip() : (d.strip() + " " + cell(r, time).strip()).strip();
    }

    /** The rating in the row, or an exception whose message says why the row cannot be one. */
    PainRating rating(CSVRecord r, ImportDates dates) {
        if (ownExport && !CsvExport.PAIN.equals(cell(r, type).strip())) {
            throw new IllegalArgumentException(dates.words().notPain(cell(r, type).strip()));
        }
        int value = score(cell(r, score), dates.words());
        Instant at = ownExport ? exact(cell(r, date), dates) : dates.read(dateText(r));
        String ctx = ownExport ? cell(r, context) : RatingImport.CONTEXT;
        String id = cell(r, this.id).strip();
        return new PainRating(id.isEmpty() ? null : id, at, value, cell(r, note), ctx);
    }

    private static Instant exact(String text, ImportDates dates) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            return dates.read(text);
        }
    }

    static int score(String text, PortText words) {
        String s = text.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException(words.noScore());
        }
        if (INTEGER.matcher(s).matches()) {
            int v = Integer.parseInt(s.startsWith("+") ? s.substring(1) : s);
            if (v < PainRating.MIN || v > PainRating.MAX) {
                throw new IllegalArgumentException(words.outOfRange(s));
            }
            return v;
        }
        if (DECIMAL.matcher(s).matches()) {
            String dot = s.replace(',', '.');
            double d = Double.parseDouble(dot);
            if (d == Math.rint(d) && d >= PainRating.MIN && d <= PainRating.MAX) {
                return (int) d; // "7.0" is 7
            }
            throw new IllegalArgumentException(d < PainRating.MIN || d > PainRating.MAX
                    ? words.outOfRange(s) : words.notWhole(s));
        }
        if (DIGITS.matcher(s).matches()) {
            throw new IllegalArgumentException(words.outOfRange(s)); // too many digits for an int
        }
        throw new IllegalArgumentException(words.notANumber(s));
    }

    private static String cell(CSVRecord r, int i) {
        return i < 0 || i >= r.size() ? "" : r.get(i);
    }

    private static int indexOf(List<String> norm, List<String> words) {
        for (String w : words) {
            int i = norm.indexOf(w);
            if (i >= 0) {
                return i;
            }
        }
        for (int i = 0; i < norm.size(); i++) {
            for (String w : words) {
                if (w.length() >= 4 && norm.get(i).startsWith(w)) {
                    return i; // "Pain (0-10)", "Date of rating"
                }
            }
        }
        return -1;
    }

    private static String norm(String header) {
        String n = java.text.Normalizer.normalize(header.strip().toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD);
        return n.replaceAll("[^a-z0-9]", "");
    }

    private static boolean looksLikeDate(String cell) {
        return cell.strip().matches("\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}([T ].*)?");
    }
}
