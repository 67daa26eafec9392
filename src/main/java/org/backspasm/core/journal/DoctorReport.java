package org.backspasm.core.journal;

import org.backspasm.core.text.Html;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A readable, printable HTML summary of the journal for a doctor or physiotherapist: the episode, pain ratings
 * (chart and table), ice and heat, stretch sessions and warning-sign checks over a period. Plain Java; the file is
 * self-contained (inline CSS and SVG, no scripts, nothing fetched).
 */
public final class DoctorReport {
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

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

    public int entryCount() {
        return entries.size();
    }

    public String html() {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Back pain journal</title><style>")
                .append("body{font-family:system-ui,sans-serif;max-width:52em;margin:2em auto;padding:0 1em;color:#1f2a30}")
                .append("h1{font-size:1.6em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ccc}")
                .append("table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.3em .5em;border-bottom:1px solid #e3e3e3}")
                .append(".muted{color:#56636b}.note{background:#f6f4ef;padding:.6em 1em;border-radius:6px}")
                .append("@media print{body{margin:0}}</style></head><body>\n");
        h.append("<h1>Back pain journal</h1>\n<p class=\"muted\">From ").append(DAY.format(at(from)))
                .append(" to ").append(DAY.format(at(to))).append(". Recorded by the patient with Back Spasm Companion.</p>\n")
                .append("<p class=\"note\">What the patient noted down, for a doctor or physiotherapist to read. ")
                .append("It is not a diagnosis and the app does not examine anyone.</p>\n");
        episodes(h);
        pain(h);
        therapy(h);
        stretches(h);
        checks(h);
        h.append("</body></html>\n");
        return h.toString();
    }

    private void episodes(StringBuilder h) {
        List<EpisodeEvent> events = of(EpisodeEvent.class);
        h.append("<h2>Episodes</h2>\n");
        if (events.isEmpty()) {
            h.append("<p>No episode was started or ended in this period.</p>\n");
            return;
        }
        h.append("<table><tr><th>When recorded</th><th>What</th><th>Pain began</th></tr>\n");
        for (EpisodeEvent e : events) {
            h.append("<tr><td>").append(DAY_TIME.format(at(e.at()))).append("</td><td>")
                    .append(e.kind() == EpisodeEvent.Kind.STARTED ? "Episode started" : "Episode ended")
                    .append("</td><td>").append(DAY_TIME.format(at(e.onset()))).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private void pain(StringBuilder h) {
        List<PainRating> ratings = of(PainRating.class);
        h.append("<h2>Pain ratings (0 = none, 10 = worst imaginable)</h2>\n");
        if (ratings.isEmpty()) {
            h.append("<p>No pain ratings in this period.</p>\n");
            return;
        }
        h.append(chart(ratings));
        h.append("<table><tr><th>When</th><th>Pain</th><th>Note</th></tr>\n");
        for (PainRating r : ratings) {
            h.append("<tr><td>").append(DAY_TIME.format(at(r.at()))).append("</td><td>").append(r.score())
                    .append("/10</td><td>").append(Html.escape(r.note())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private String chart(List<PainRating> ratings) {
        double w = 640;
        double hgt = 180;
        double span = Math.max(1, Duration.between(from, to).toMinutes());
        StringBuilder s = new StringBuilder("<svg role=\"img\" aria-label=\"Pain over time\" width=\"100%\" viewBox=\"0 0 ")
                .append((int) w + 40).append(' ').append((int) hgt + 30).append("\">");
        for (int y = 0; y <= 10; y += 2) {
            double py = 10 + hgt - y * hgt / 10;
            s.append(String.format(Locale.ROOT, "<line x1=\"30\" x2=\"%.0f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>", w + 30, py, py))
                    .append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%.1f\" font-size=\"11\" fill=\"#56636b\">%d</text>", py + 4, y));
        }
        StringBuilder pts = new StringBuilder();
        for (PainRating r : ratings) {
            double px = 30 + w * Duration.between(from, r.at()).toMinutes() / span;
            double py = 10 + hgt - r.score() * hgt / 10;
            pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", px, py));
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"#2f6f73\"/>", px, py));
        }
        s.append("<polyline fill=\"none\" stroke=\"#2f6f73\" stroke-width=\"2\" points=\"").append(pts.toString().trim()).append("\"/>");
        s.append(String.format(Locale.ROOT, "<text x=\"30\" y=\"%.0f\" font-size=\"11\" fill=\"#56636b\">%s</text>", hgt + 28, DAY.format(at(from))));
        s.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%.0f\" font-size=\"11\" fill=\"#56636b\" text-anchor=\"end\">%s</text>", w + 30, hgt + 28, DAY.format(at(to))));
        return s.append("</svg>\n").toString();
    }

    private void therapy(StringBuilder h) {
        List<TherapySegmentRecord> segs = of(TherapySegmentRecord.class);
        h.append("<h2>Ice and heat</h2>\n");
        if (segs.isEmpty()) {
            h.append("<p>No ice or heat recorded in this period.</p>\n");
            return;
        }
        h.append("<table><tr><th>When</th><th>What</th></tr>\n");
        for (TherapySegmentRecord r : segs) {
            h.append("<tr><td>").append(DAY_TIME.format(at(r.actualStart() != null ? r.actualStart() : r.at())))
                    .append("</td><td>").append(Html.escape(r.summary())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private void stretches(StringBuilder h) {
        List<StretchSessionRecord> sessions = of(StretchSessionRecord.class);
        h.append("<h2>Stretches</h2>\n");
        if (sessions.isEmpty()) {
            h.append("<p>No stretch sessions recorded in this period.</p>\n");
            return;
        }
        h.append("<table><tr><th>When</th><th>What</th></tr>\n");
        for (StretchSessionRecord r : sessions) {
            h.append("<tr><td>").append(DAY_TIME.format(at(r.at()))).append("</td><td>").append(Html.escape(r.summary()));
            if (r.stoppedForPain() && r.stoppedAtStretch() != null) {
                h.append(" during ").append(Html.escape(r.stoppedAtStretch()));
            }
            h.append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private void checks(StringBuilder h) {
        List<WarningSignCheckRecord> checks = of(WarningSignCheckRecord.class);
        h.append("<h2>Warning-sign checks</h2>\n");
        if (checks.isEmpty()) {
            h.append("<p>No warning-sign check was done in this period.</p>\n");
            return;
        }
        h.append("<table><tr><th>When</th><th>Result</th><th>Signs reported</th></tr>\n");
        for (WarningSignCheckRecord c : checks) {
            h.append("<tr><td>").append(DAY_TIME.format(at(c.at()))).append("</td><td>").append(Html.escape(c.summary()))
                    .append("</td><td>").append(c.raisedByText().isEmpty() ? "none" : Html.escape(String.join("; ", c.raisedByText())))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private <T extends JournalEntry> List<T> of(Class<T> type) {
        return entries.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private ZonedDateTime at(Instant i) {
        return i.atZone(zone);
    }
}
