package org.backspasm.core.dataport;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.backspasm.core.journal.EpisodeEvent;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.journal.StretchSessionRecord;
import org.backspasm.core.journal.TherapySegmentRecord;
import org.backspasm.core.journal.WarningSignCheckRecord;

/**
 * The journal as CSV (RFC 4180, quoting by Commons CSV): a header row, then one row per entry, oldest first. Every
 * row has every column; a column that does not apply to the entry's kind is empty. Instants are ISO-8601 in UTC,
 * with the local time beside them; the last column is the entry's stable id. The columns are listed in
 * {@code docs/data.md}.
 */
public final class CsvExport {
    /** The header, in order. */
    public static final List<String> COLUMNS = List.of("type", "instant", "local_time", "pain_score", "note",
            "context", "therapy_mode", "segment", "round", "planned_start", "planned_end", "actual_start",
            "actual_end", "minutes", "outcome", "routine_id", "routine_name", "started_at", "stretches_done",
            "stopped_at_stretch", "stopped_at_step", "check_level", "raised_by", "episode_event", "onset",
            "summary", "id");
    /** The local time as spreadsheets read it without help. */
    public static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** What the {@code type} column says for each kind. */
    public static final String PAIN = "pain";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(COLUMNS.toArray(String[]::new)).get();

    private CsvExport() {
    }

    /**
     * Writes the header and one row per entry, sorted by time (oldest first), to {@code out}. The columns and codes
     * are the file format's (English, as documented); the {@code summary} column is the journal list's line, in the
     * language of {@code locale}.
     */
    public static void write(List<JournalEntry> entries, ZoneId zone, java.util.Locale locale, Appendable out)
            throws IOException {
        List<JournalEntry> sorted = new ArrayList<>(entries);
        sorted.sort(java.util.Comparator.comparing(JournalEntry::at));
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (JournalEntry e : sorted) {
                printer.printRecord(Arrays.asList(row(e, zone, locale)));
            }
            printer.flush();
        }
    }

    /** The kind's name in the {@code type} column. */
    public static String type(JournalEntry e) {
        if (e instanceof PainRating) {
            return PAIN;
        } else if (e instanceof TherapySegmentRecord) {
            return "ice_heat";
        } else if (e instanceof StretchSessionRecord) {
            return "stretches";
        } else if (e instanceof WarningSignCheckRecord) {
            return "check";
        }
        return "episode";
    }

    static String[] row(JournalEntry e, ZoneId zone, java.util.Locale locale) {
        String[] r = new String[COLUMNS.size()];
        Arrays.fill(r, "");
        set(r, "type", type(e));
        set(r, "instant", e.at().toString());
        set(r, "local_time", LOCAL.format(e.at().atZone(zone)));
        set(r, "summary", e.summary(locale));
        set(r, "id", e.id());
        if (e instanceof PainRating p) {
            set(r, "pain_score", Integer.toString(p.score()));
            set(r, "note", p.note());
            set(r, "context", p.context());
        } else if (e instanceof TherapySegmentRecord t) {
            set(r, "therapy_mode", t.mode().name());
            set(r, "segment", t.segment().name());
            set(r, "round", Integer.toString(t.round()));
            set(r, "planned_start", iso(t.plannedStart()));
            set(r, "planned_end", iso(t.plannedEnd()));
            set(r, "actual_start", iso(t.actualStart()));
            set(r, "actual_end", iso(t.actualEnd()));
            if (t.actualStart() != null && t.actualEnd() != null) {
                set(r, "minutes", Long.toString(Math.max(0, Duration.between(t.actualStart(), t.actualEnd()).toMinutes())));
            }
            set(r, "outcome", t.outcome().name());
            set(r, "note", t.note());
        } else if (e instanceof StretchSessionRecord s) {
            set(r, "routine_id", nz(s.routineId()));
            set(r, "routine_name", nz(s.routineName()));
            set(r, "started_at", iso(s.startedAt()));
            set(r, "outcome", s.outcome().name());
            set(r, "stretches_done", String.join(" ", s.stretchesDone()));
            set(r, "stopped_at_stretch", nz(s.stoppedAtStretch()));
            set(r, "stopped_at_step", nz(s.stoppedAtStep()));
            set(r, "pain_score", s.painScore() == null ? "" : s.painScore().toString());
        } else if (e instanceof WarningSignCheckRecord c) {
            set(r, "check_level", c.level().name());
            set(r, "raised_by", String.join(" ", c.raisedBy()));
        } else if (e instanceof EpisodeEvent ev) {
            set(r, "episode_event", ev.kind().name());
            set(r, "onset", iso(ev.onset()));
        }
        return r;
    }

    private static void set(String[] row, String column, String value) {
        row[COLUMNS.indexOf(column)] = value;
    }

    private static String iso(Instant i) {
        return i == null ? "" : i.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
