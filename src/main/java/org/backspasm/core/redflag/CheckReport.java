package org.backspasm.core.redflag;

import org.backspasm.core.text.Html;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.backspasm.core.journal.WarningSignCheckRecord;

/**
 * A readable, printable HTML page of one check, for the user to take to a doctor: when, the result, the signs that
 * raised it in the user's words, and every question with its answer.
 */
public final class CheckReport {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);

    private CheckReport() {
    }

    public static String html(WarningSignCheckRecord r, SignCatalog catalog, ZoneId zone, String emergencyNumber) {
        Level level = CheckRecords.levelOf(r);
        ResultText text = ResultWording.forLevel(level, emergencyNumber);
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Warning-sign check, ").append(Html.escape(WHEN.format(r.at().atZone(zone)))).append("</title>\n")
                .append("<style>\n")
                .append("body{font-family:system-ui,sans-serif;max-width:46em;margin:2em auto;padding:0 1em;")
                .append("color:#1f2a30;line-height:1.45}\n")
                .append("h1{font-size:1.6em;margin-bottom:.2em}.when{color:#56636b;margin-top:0}\n")
                .append(".result{border:3px solid #1f2a30;border-radius:8px;padding:.6em 1em;margin:1em 0}\n")
                .append(".result.emergency{border-color:#b3261e}\n")
                .append("table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:.35em .5em;")
                .append("text-align:left;vertical-align:top}th{background:#eee}\n")
                .append(".yes{font-weight:bold}.note{color:#56636b;font-size:.9em}\n")
                .append("@media print{body{margin:0}}\n</style>\n</head>\n<body>\n");
        b.append("<h1>Warning-sign check for back pain</h1>\n");
        b.append("<p class=\"when\">Done on ").append(Html.escape(WHEN.format(r.at().atZone(zone))))
                .append(", with Back Spasm Companion. These are my own answers to a checklist; it is not a diagnosis.</p>\n");
        b.append("<div class=\"result").append(level == Level.EMERGENCY ? " emergency" : "").append("\">\n");
        b.append("<h2>Result: ").append(Html.escape(ResultWording.shortName(level))).append("</h2>\n")
                .append("<p>What the app advised:</p>\n<ul>\n");
        for (String step : text.steps()) {
            b.append("<li>").append(Html.escape(step)).append("</li>\n");
        }
        b.append("</ul>\n</div>\n");
        if (!r.raisedByText().isEmpty()) {
            b.append("<h2>Signs I reported</h2>\n<ul>\n");
            for (String s : r.raisedByText()) {
                b.append("<li>").append(Html.escape(s)).append("</li>\n");
            }
            b.append("</ul>\n");
        }
        b.append("<h2>All my answers</h2>\n<table>\n<tr><th>Question</th><th>My answer</th></tr>\n");
        for (WarningSign s : catalog.signs()) {
            String raw = r.answers().get(s.id());
            if (raw == null) {
                continue;
            }
            String label = answerLabel(raw);
            b.append("<tr><td>").append(Html.escape(s.question())).append("</td><td")
                    .append("NO".equals(raw) ? "" : " class=\"yes\"").append(">").append(Html.escape(label))
                    .append("</td></tr>\n");
        }
        for (Map.Entry<String, String> e : r.answers().entrySet()) {
            if (catalog.find(e.getKey()).isEmpty()) {
                b.append("<tr><td>").append(Html.escape(e.getKey())).append(" (a question no longer asked)</td><td>")
                        .append(Html.escape(answerLabel(e.getValue()))).append("</td></tr>\n");
            }
        }
        b.append("</table>\n");
        b.append("<p class=\"note\">A \"no\" to every question does not rule out a serious problem.</p>\n");
        b.append(Html.sources(catalog.sources().all(text.sources())));
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    private static String answerLabel(String raw) {
        try {
            return Answer.valueOf(raw).label();
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }
}
