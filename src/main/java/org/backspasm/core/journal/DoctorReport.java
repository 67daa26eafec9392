package org.backspasm.core.journal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.backspasm.core.i18n.Formats;
import org.backspasm.core.about.AppVersion;
import org.backspasm.core.report.Markup;
import org.backspasm.core.report.PrintLine;
import org.backspasm.core.report.PrintLine.Style;
import org.backspasm.core.report.ReportTemplate;

/**
 * A readable, printable HTML summary of the journal for a doctor or physiotherapist: the episode, pain ratings
 * (chart and table), ice and heat, stretch sessions, walks (a line a day), the patient's answers to "Compared with
 * the start, is your back…?" and warning-sign checks over a period. The markup is the
 * {@link ReportTemplate}'s; the file is self-contained (inline CSS and SVG, no scripts, nothing fetched).
 */
public final class DoctorReport {
    private final List<JournalEntry> entries;
    private final Instant from;
    private final Instant to;
    private final ZoneId zone;
    private final Locale locale;
    private final ReportTemplate page;
    private final Formats formats;

    /** The entries between from and to (inclusive), shown in the zone, written in the locale's language. */
    public DoctorReport(List<JournalEntry> all, Instant from, Instant to, ZoneId zone, Locale locale) {
        this.entries = all.stream().filter(e -> !e.at().isBefore(from) && !e.at().isAfter(to))
                .sorted(Comparator.comparing(JournalEntry::at)).toList();
        this.from = from;
        this.to = to;
        this.zone = zone;
        this.locale = locale;
        this.page = ReportTemplate.in(locale);
        this.formats = Formats.of(locale);
    }

    /** In English. */
    public DoctorReport(List<JournalEntry> all, Instant from, Instant to, ZoneId zone) {
        this(all, from, to, zone, Locale.UK);
    }

    public static DoctorReport lastDays(List<JournalEntry> all, Instant now, int days, ZoneId zone) {
        return lastDays(all, now, days, zone, Locale.UK);
    }

    public static DoctorReport lastDays(List<JournalEntry> all, Instant now, int days, ZoneId zone, Locale locale) {
        return new DoctorReport(all, now.minus(Duration.ofDays(days)), now, zone, locale);
    }

    /** The entries from the start of the first day to the end of the last (both included), in the zone. */
    /** The days from first to last, both included, written in the locale's language. */
    public static DoctorReport days(List<JournalEntry> all, LocalDate first, LocalDate last, ZoneId zone,
            Locale locale) {
        return new DoctorReport(all, first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1), zone, locale);
    }

    public int entryCount() {
        return entries.size();
    }

    public String html() {
        Markup sections = Markup.join(List.of(
                section(page.word("section.episodes"), episodes()),
                section(page.word("section.pain"), pain()),
                section(page.word("section.therapy"), therapy()),
                section(page.word("section.stretches"), stretches()),
                section(page.word("section.walks"), walks()),
                section(page.word("section.progress"), progress()),
                section(page.word("section.checks"), checks())));
        Markup body = page.fill("journal", "period", page.word("journal.period", day(from), day(to), AppVersion.nameAndVersion(locale)),
                "sections", sections);
        return page.fill("page", "title", page.word("journal.title"), "body", body).html();
    }

    /** The same record as lines to print: title, period, then each section as a heading and a table. */
    public List<PrintLine> printLines() {
        List<PrintLine> out = new ArrayList<>();
        out.add(PrintLine.of(Style.TITLE, page.word("journal.title")));
        out.add(PrintLine.of(Style.NOTE, page.word("journal.period", day(from), day(to),
                AppVersion.nameAndVersion(locale))));
        out.add(PrintLine.of(Style.NOTE, page.word("journal.note")));
        printTable(out, page.word("section.episodes"), EpisodeEvent.class, page.word("none.episodes"),
                columns("col.whenRecorded", "col.what", "col.painBegan"),
                e -> List.of(when(e.at()), e.summary(locale), when(e.onset())));
        printTable(out, page.word("section.pain"), PainRating.class, page.word("none.pain"),
                columns("col.when", "col.pain", "col.note"), r -> List.of(when(r.at()), r.score() + "/10", r.note()));
        printTable(out, page.word("section.therapy"), TherapySegmentRecord.class, page.word("none.therapy"),
                columns("col.when", "col.what"), r -> List.of(when(r.actualStart() != null ? r.actualStart() : r.at()),
                        r.summary(locale)));
        printTable(out, page.word("section.stretches"), StretchSessionRecord.class, page.word("none.stretches"),
                columns("col.when", "col.what"), r -> List.of(when(r.at()), stretchText(r)));
        out.add(PrintLine.of(Style.HEADING, page.word("section.walks")));
        List<List<String>> walks = walkDays();
        if (walks.isEmpty()) {
            out.add(PrintLine.of(Style.NOTHING, page.word("none.walks")));
        } else {
            out.add(new PrintLine(Style.HEADER, columns("col.day", "col.walks")));
            walks.forEach(w -> out.add(new PrintLine(Style.ROW, w)));
        }
        printTable(out, page.word("section.progress"), ProgressAnswer.class, page.word("none.progress"),
                columns("col.when", "col.answer"), a -> List.of(when(a.at()), answer(a.answer())));
        printTable(out, page.word("section.checks"), WarningSignCheckRecord.class, page.word("none.checks"),
                columns("col.when", "col.result", "col.signsReported"),
                c -> List.of(when(c.at()), c.summary(locale), signs(c)));
        return out;
    }

    private List<String> columns(String... keys) {
        return java.util.Arrays.stream(keys).map(k -> page.word(k)).toList();
    }

    private <T extends JournalEntry> void printTable(List<PrintLine> out, String title, Class<T> type, String none,
            List<String> headers, Function<T, List<String>> cells) {
        out.add(PrintLine.of(Style.HEADING, title));
        List<T> items = of(type);
        if (items.isEmpty()) {
            out.add(PrintLine.of(Style.NOTHING, none));
            return;
        }
        out.add(new PrintLine(Style.HEADER, headers));
        items.forEach(i -> out.add(new PrintLine(Style.ROW, cells.apply(i))));
    }

    private String stretchText(StretchSessionRecord r) {
        return r.stoppedForPain() && r.stoppedAtStretch() != null
                ? page.word("stretches.during", r.summary(locale), r.stoppedAtStretch()) : r.summary(locale);
    }

    /** The signs reported with a check; "could not be read" (never "none") when its result could not be read. */
    private String signs(WarningSignCheckRecord c) {
        if (!c.raisedByText().isEmpty()) {
            return String.join("; ", c.raisedByText());
        }
        return page.word(c.level() == CheckLevel.UNKNOWN ? "signs.unreadable" : "signs.none");
    }

    private Markup section(String title, Markup content) {
        return page.fill("section", "title", title, "content", content);
    }

    private Markup episodes() {
        return table(EpisodeEvent.class, page.word("none.episodes"), "episodes",
                e -> page.fill("episode-row", "when", when(e.at()), "what", e.summary(locale), "onset", when(e.onset())));
    }

    private Markup pain() {
        List<PainRating> ratings = of(PainRating.class);
        if (ratings.isEmpty()) {
            return page.fill("nothing", "text", page.word("none.pain"));
        }
        return page.fill("ratings", "chart", PainChartSvg.of(page, ratings, from, to, day(from), day(to)),
                "rows", Markup.join(ratings.stream().map(r -> page.fill("rating-row", "when", when(r.at()),
                        "score", r.score(), "note", r.note())).toList()));
    }

    private Markup therapy() {
        return table(TherapySegmentRecord.class, page.word("none.therapy"), "sessions",
                r -> page.fill("session-row", "when", when(r.actualStart() != null ? r.actualStart() : r.at()),
                        "what", r.summary(locale)));
    }

    private Markup stretches() {
        return table(StretchSessionRecord.class, page.word("none.stretches"), "sessions",
                r -> page.fill("session-row", "when", when(r.at()), "what", stretchText(r)));
    }

    /** Walks, a line a day: how many, and their minutes where they were timed. */
    private Markup walks() {
        List<List<String>> days = walkDays();
        if (days.isEmpty()) {
            return page.fill("nothing", "text", page.word("none.walks"));
        }
        return page.fill("walks", "rows", Markup.join(days.stream().map(d -> page.fill("walk-row", "day", d.get(0),
                "walks", d.get(1))).toList()));
    }

    /** Each day with a walk, oldest first: the day, and "3 walks, 25 minutes timed". */
    private List<List<String>> walkDays() {
        java.util.Map<LocalDate, int[]> byDay = new java.util.TreeMap<>();
        for (WalkRecord w : of(WalkRecord.class)) {
            int[] d = byDay.computeIfAbsent(at(w.at()).toLocalDate(), k -> new int[3]);
            d[0]++;
            if (w.minutes() != null) {
                d[1]++;
                d[2] += w.minutes();
            }
        }
        List<List<String>> out = new ArrayList<>();
        byDay.forEach((day, d) -> out.add(List.of(formats.date(day), d[1] == 0 ? page.word("walks.count", d[0])
                : page.word("walks.countTimed", d[0], d[2], d[1]))));
        return out;
    }

    private Markup progress() {
        return table(ProgressAnswer.class, page.word("none.progress"), "progress-answers",
                a -> page.fill("progress-row", "when", when(a.at()), "answer", answer(a.answer())));
    }

    private String answer(Progress p) {
        return switch (p) {
            case MUCH_BETTER -> page.word("progress.muchBetter");
            case A_LITTLE_BETTER -> page.word("progress.aLittleBetter");
            case ABOUT_THE_SAME -> page.word("progress.aboutTheSame");
            case WORSE -> page.word("progress.worse");
            case UNKNOWN -> page.word("progress.unknown");
        };
    }

    private Markup checks() {
        return table(WarningSignCheckRecord.class, page.word("none.checks"), "checks",
                c -> page.fill("check-row", "when", when(c.at()), "result", c.summary(locale),
                        "signs", signs(c)));
    }

    /** The entries of one kind as the fragment's table, a row each; or the sentence saying there are none. */
    private <T extends JournalEntry> Markup table(Class<T> type, String none, String fragment,
            Function<T, Markup> row) {
        List<T> items = of(type);
        if (items.isEmpty()) {
            return page.fill("nothing", "text", none);
        }
        return page.fill(fragment, "rows", Markup.join(items.stream().map(row).toList()));
    }

    private String when(Instant i) {
        return formats.weekdayDateTime(at(i));
    }

    private String day(Instant i) {
        return formats.date(at(i).toLocalDate());
    }

    private <T extends JournalEntry> List<T> of(Class<T> type) {
        return entries.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private ZonedDateTime at(Instant i) {
        return i.atZone(zone);
    }
}
