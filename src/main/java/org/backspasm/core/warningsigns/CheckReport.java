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
import org.backspasm.core.i18n.Formats;
import org.backspasm.core.i18n.Pseudo;
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

    private CheckReport() {
    }

    public static String html(WarningSignCheckRecord r, SignCatalog catalog, ZoneId zone, String emergencyNumber) {
        return html(r, catalog, zone, emergencyNumber, "", Locale.UK);
    }

    public static String html(WarningSignCheckRecord r, SignCatalog catalog, ZoneId zone, String emergencyNumber,
            String numberReminder) {
        return html(r, catalog, zone, emergencyNumber, numberReminder, Locale.UK);
    }

    /**
     * The page in the locale's language (the signs reported stay in the words the user read then).
     *
     * @param numberReminder the reminder to check the emergency number, while it is a guess; else empty
     */
    public static String html(WarningSignCheckRecord r, SignCatalog catalog, ZoneId zone, String emergencyNumber,
            String numberReminder, Locale locale) {
        ReportTemplate page = ReportTemplate.in(locale);
        Level level = CheckRecords.levelOf(r);
        boolean readable = CheckRecords.isReadable(r);
        ResultText text = readable ? ResultWording.forLevel(level, emergencyNumber, numberReminder, locale)
                : ResultWording.unreadable(emergencyNumber, numberReminder, locale);
        String when = Pseudo.is(locale) || !locale.getLanguage().equals("en")
                ? Formats.of(locale).longDate(r.at().atZone(zone).toLocalDate()) + ", "
                        + Formats.of(locale).time(r.at().atZone(zone).toLocalTime())
                : WHEN.format(r.at().atZone(zone));
        Markup body = page.fill("check",
                "doneOn", page.word("check.doneOn", when, AppVersion.nameAndVersion(locale)),
                "emergency", level == Level.EMERGENCY ? " emergency" : "",
                "resultLine", page.word("check.result", CheckRecords.resultName(r, locale)),
                "steps", items(page, text.steps()),
                "signs", r.raisedByText().isEmpty() ? Markup.EMPTY
                        : page.fill("reported-signs", "items", items(page, r.raisedByText())),
                "answers", answers(page, r, catalog),
                "sources", sources(page, catalog.sources().all(text.sources())));
        return page.fill("page", "title", page.word("check.pageTitle", when), "body", body).html();
    }

    /** The sources under the answers: each short title, its full citation and, where there is one, its link. */
    static Markup sources(ReportTemplate page, List<Source> sources) {
        return page.fill("sources", "items", Markup.join(sources.stream().map(s -> s.hasLink()
                ? page.fill("source-linked", "link", s.link(), "title", s.title(), "citation", s.fullCitation())
                : page.fill("source", "title", s.title(), "citation", s.fullCitation())).toList()));
    }

    private static Markup items(ReportTemplate page, List<String> texts) {
        return Markup.join(texts.stream().map(t -> page.fill("item", "text", t)).toList());
    }

    /**
     * Every question answered, in the catalogue's order; an answer to a question asked in other words in an earlier
     * version sits just before the question that replaced it, then answers to questions no longer asked.
     */
    private static Markup answers(ReportTemplate page, WarningSignCheckRecord r, SignCatalog catalog) {
        Locale locale = page.locale();
        List<Markup> rows = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (WarningSign s : catalog.signs()) {
            for (RetiredSigns.Retired old : RetiredSigns.all()) {
                CheckAnswer a = r.answers().get(old.id());
                if (a != null && old.replacedBy().contains(s.id()) && shown.add(old.id())) {
                    rows.add(page.fill("earlier-answer-row", "question", old.question(),
                            "answerClass", answerClass(a), "answer", answerLabel(a, page)));
                }
            }
            CheckAnswer a = r.answers().get(s.id());
            if (a != null && shown.add(s.id())) {
                rows.add(page.fill("answer-row", "question", s.question(locale), "answerClass", answerClass(a),
                        "answer", answerLabel(a, page)));
            }
        }
        for (Map.Entry<String, CheckAnswer> e : r.answers().entrySet()) {
            if (!shown.contains(e.getKey())) {
                rows.add(page.fill("old-answer-row", "question", e.getKey(), "answerClass", answerClass(e.getValue()),
                        "answer", answerLabel(e.getValue(), page)));
            }
        }
        return Markup.join(rows);
    }

    private static String answerClass(CheckAnswer a) {
        return a == CheckAnswer.NO ? "no" : "yes";
    }

    private static String answerLabel(CheckAnswer a, ReportTemplate page) {
        return CheckRecords.answerOf(a).map(x -> x.label(page.locale())).orElse(page.word("check.unreadable"));
    }
}
