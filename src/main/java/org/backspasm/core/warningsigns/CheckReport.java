package org.backspasm.core.warningsigns;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.backspasm.core.about.AppVersion;
import org.backspasm.core.content.Source;
import org.backspasm.core.journal.CheckAnswer;
import org.backspasm.core.journal.WarningSignCheckRecord;
import org.backspasm.core.report.Markup;
import org.backspasm.core.report.ReportTemplate;

/**
 * A readable, printable HTML page of one check, for the user to take to a doctor: when, the result, the signs that
 * raised it in the user's words, and every question with its answer. The markup is the {@link ReportTemplate}'s.
 */
public final class CheckReport {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);
    private static final ReportTemplate PAGE = ReportTemplate.get();

    private CheckReport() {
    }

    public static String html(WarningSignCheckRecord r, SignCatalog catalog, ZoneId zone, String emergencyNumber) {
        return html(r, catalog, zone, emergencyNumber, "");
    }

    /** @param numberReminder the reminder to check the emergency number, while it is a guess; else empty */
    public static String html(WarningSignCheckRecord r, SignCatalog catalog, ZoneId zone, String emergencyNumber,
            String numberReminder) {
        Level level = CheckRecords.levelOf(r);
        boolean readable = CheckRecords.isReadable(r);
        ResultText text = readable ? ResultWording.forLevel(level, emergencyNumber, numberReminder)
                : ResultWording.unreadable(emergencyNumber, numberReminder, PAGE.locale());
        String when = WHEN.format(r.at().atZone(zone));
        Markup body = PAGE.fill("check",
                "doneOn", PAGE.word("check.doneOn", when, AppVersion.nameAndVersion()),
                "emergency", level == Level.EMERGENCY ? " emergency" : "",
                "resultLine", PAGE.word("check.result", CheckRecords.resultName(r, PAGE.locale())),
                "steps", items(text.steps()),
                "signs", r.raisedByText().isEmpty() ? Markup.EMPTY
                        : PAGE.fill("reported-signs", "items", items(r.raisedByText())),
                "answers", answers(r, catalog),
                "sources", sources(catalog.sources().all(text.sources())));
        return PAGE.fill("page", "title", PAGE.word("check.pageTitle", when), "body", body).html();
    }

    /** The sources under the answers: each short title, its full citation and, where there is one, its link. */
    static Markup sources(List<Source> sources) {
        return PAGE.fill("sources", "items", Markup.join(sources.stream().map(s -> s.hasLink()
                ? PAGE.fill("source-linked", "link", s.link(), "title", s.title(), "citation", s.fullCitation())
                : PAGE.fill("source", "title", s.title(), "citation", s.fullCitation())).toList()));
    }

    private static Markup items(List<String> texts) {
        return Markup.join(texts.stream().map(t -> PAGE.fill("item", "text", t)).toList());
    }

    /**
     * Every question answered, in the catalogue's order; an answer to a question asked in other words in an earlier
     * version sits just before the question that replaced it, then answers to questions no longer asked.
     */
    private static Markup answers(WarningSignCheckRecord r, SignCatalog catalog) {
        List<Markup> rows = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (WarningSign s : catalog.signs()) {
            for (RetiredSigns.Retired old : RetiredSigns.all()) {
                CheckAnswer a = r.answers().get(old.id());
                if (a != null && old.replacedBy().contains(s.id()) && shown.add(old.id())) {
                    rows.add(PAGE.fill("earlier-answer-row", "question", old.question(),
                            "answerClass", answerClass(a), "answer", answerLabel(a)));
                }
            }
            CheckAnswer a = r.answers().get(s.id());
            if (a != null && shown.add(s.id())) {
                rows.add(PAGE.fill("answer-row", "question", s.question(), "answerClass", answerClass(a),
                        "answer", answerLabel(a)));
            }
        }
        for (Map.Entry<String, CheckAnswer> e : r.answers().entrySet()) {
            if (!shown.contains(e.getKey())) {
                rows.add(PAGE.fill("old-answer-row", "question", e.getKey(), "answerClass", answerClass(e.getValue()),
                        "answer", answerLabel(e.getValue())));
            }
        }
        return Markup.join(rows);
    }

    private static String answerClass(CheckAnswer a) {
        return a == CheckAnswer.NO ? "no" : "yes";
    }

    private static String answerLabel(CheckAnswer a) {
        return CheckRecords.answerOf(a).map(Answer::label).orElse("(could not be read)");
    }
}
