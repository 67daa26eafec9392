package org.backspasm.core.journal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.backspasm.core.about.AppVersion;
import org.backspasm.core.report.Markup;
import org.backspasm.core.report.PrintLine;
import org.backspasm.core.report.PrintLine.Style;
import org.backspasm.core.report.ReportTemplate;

/**
 * A readable, printable HTML summary of the journal for a doctor or physiotherapist: the episode, pain ratings
 * (chart and table), ice and heat, stretch sessions and warning-sign checks over a period. The markup is the
 * {@link ReportTemplate}'s; the file is self-contained (inline CSS and SVG, no scripts, nothing fetched).
 */
public final class DoctorReport {
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final ReportTemplate PAGE = ReportTemplate.get();

    private final List<JournalEntry> entries;
    private final Instant from;
    private final Instant to;
    private final ZoneId zone;

    /** The entries between from and to (inclusive), shown in the zone. */
    public DoctorReport(List<JournalEntry> all, Instant from, Instant to, ZoneId zone) {
        this.entries = all.stream().filter(e -> !e.at().isBefore(from) && !e.at().isAfter(to))
                .sorted(Comparator.comparing(JournalEntry::at)).toList();
        this.from = from;
        this.to = to;
        this.zone = zone;
    }

    public static DoctorReport lastDays(List<JournalEntry> all, Instant now, int days, ZoneId zone) {
        return new DoctorReport(all, now.minus(Duration.ofDays(days)), now, zone);
    }

    /** The entries from the start of the first day to the end of the last (both included), in the zone. */
    public static DoctorReport days(List<JournalEntry> all, LocalDate first, LocalDate last, ZoneId zone) {
        return new DoctorReport(all, first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1), zone);
    }

    public int entryCount() {
        return entries.size();
    }

    public String html() {
        Markup sections = Markup.join(List.of(
                section("Episodes", episodes()),
                section("Pain ratings (0 = none, 10 = worst imaginable)", pain()),
                section("Ice and heat", therapy()),
                section("Stretches", stretches()),
                section("Warning-sign checks", checks())));
        Markup body = PAGE.fill("journal", "from", day(from), "to", day(to), "app", AppVersion.nameAndVersion(),
                "sections", sections);
        return PAGE.fill("page", "title", "Back pain journal", "body", body).html();
    }

    /** The same record as lines to print: title, period, then each section as a heading and a table. */
    public List<PrintLine> printLines() {
        List<PrintLine> out = new ArrayList<>();
        out.add(PrintLine.of(Style.TITLE, "Back pain journal"));
        out.add(PrintLine.of(Style.NOTE, "From " + day(from) + " to " + day(to) + ". Recorded by the patient with "
                + "Back Spasm Companion."));
        out.add(PrintLine.of(Style.NOTE, "What the patient noted down, for a doctor or physiotherapist to read. It is "
                + "not a diagnosis and the app does not examine anyone."));
        printTable(out, "Episodes", EpisodeEvent.class, "No episode was started or ended in this period.",
                List.of("When recorded", "What", "Pain began"), e -> List.of(when(e.at()), e.summary(), when(e.onset())));
        printTable(out, "Pain ratings (0 = none, 10 = worst imaginable)", PainRating.class,
                "No pain ratings in this period.", List.of("When", "Pain", "Note"),
                r -> List.of(when(r.at()), r.score() + "/10", r.note()));
        printTable(out, "Ice and heat", TherapySegmentRecord.class, "No ice or heat recorded in this period.",
                List.of("When", "What"), r -> List.of(when(r.actualStart() != null ? r.actualStart() : r.at()),
                        r.summary()));
        printTable(out, "Stretches", StretchSessionRecord.class, "No stretch sessions recorded in this period.",
                List.of("When", "What"), r -> List.of(when(r.at()), stretchText(r)));
        printTable(out, "Warning-sign checks", WarningSignCheckRecord.class,
                "No warning-sign check was done in this period.", List.of("When", "Result", "Signs reported"),
                c -> List.of(when(c.at()), c.summary(), signs(c)));
        return out;
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

    private static String stretchText(StretchSessionRecord r) {
        return r.summary() + (r.stoppedForPain() && r.stoppedAtStretch() != null ? " during " + r.stoppedAtStretch()
                : "");
    }

    private static String signs(WarningSignCheckRecord c) {
        return c.raisedByText().isEmpty() ? "none" : String.join("; ", c.raisedByText());
    }

    private static Markup section(String title, Markup content) {
        return PAGE.fill("section", "title", title, "content", content);
    }

    private Markup episodes() {
        return table(EpisodeEvent.class, "No episode was started or ended in this period.", "episodes",
                e -> PAGE.fill("episode-row", "when", when(e.at()), "what", e.summary(), "onset", when(e.onset())));
    }

    private Markup pain() {
        List<PainRating> ratings = of(PainRating.class);
        if (ratings.isEmpty()) {
            return PAGE.fill("nothing", "text", "No pain ratings in this period.");
        }
        return PAGE.fill("ratings", "chart", PainChartSvg.of(ratings, from, to, day(from), day(to)),
                "rows", Markup.join(ratings.stream().map(r -> PAGE.fill("rating-row", "when", when(r.at()),
                        "score", r.score(), "note", r.note())).toList()));
    }

    private Markup therapy() {
        return table(TherapySegmentRecord.class, "No ice or heat recorded in this period.", "sessions",
                r -> PAGE.fill("session-row", "when", when(r.actualStart() != null ? r.actualStart() : r.at()),
                        "what", r.summary()));
    }

    private Markup stretches() {
        return table(StretchSessionRecord.class, "No stretch sessions recorded in this period.", "sessions",
                r -> PAGE.fill("session-row", "when", when(r.at()), "what", stretchText(r)));
    }

    private Markup checks() {
        return table(WarningSignCheckRecord.class, "No warning-sign check was done in this period.", "checks",
                c -> PAGE.fill("check-row", "when", when(c.at()), "result", c.summary(),
                        "signs", signs(c)));
    }

    /** The entries of one kind as the fragment's table, a row each; or the sentence saying there are none. */
    private <T extends JournalEntry> Markup table(Class<T> type, String none, String fragment,
            Function<T, Markup> row) {
        List<T> items = of(type);
        if (items.isEmpty()) {
            return PAGE.fill("nothing", "text", none);
        }
        return PAGE.fill(fragment, "rows", Markup.join(items.stream().map(row).toList()));
    }

    private String when(Instant i) {
        return DAY_TIME.format(at(i));
    }

    private String day(Instant i) {
        return DAY.format(at(i));
    }

    private <T extends JournalEntry> List<T> of(Class<T> type) {
        return entries.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private ZonedDateTime at(Instant i) {
        return i.atZone(zone);
    }
}
