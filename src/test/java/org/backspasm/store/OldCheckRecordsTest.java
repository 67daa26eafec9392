package org.backspasm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.backspasm.core.i18n.Languages;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.WarningSignCheckRecord;
import org.backspasm.core.warningsigns.CheckRecords;
import org.backspasm.core.warningsigns.CheckReport;
import org.backspasm.core.content.ContentException;
import org.backspasm.core.warningsigns.Level;
import org.backspasm.core.warningsigns.RetiredSign;
import org.backspasm.core.warningsigns.SignCatalog;
import org.backspasm.testing.FakeClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks saved before the questions were reworded (issue 10) still read, and show what was asked then. */
class OldCheckRecordsTest {
    /** Written by the app before issue 10, with the ids of that time. */
    static final String OLD_LINE = "{\"type\":\"WarningSignCheckRecord\",\"at\":\"2026-11-20T08:15:00Z\","
            + "\"level\":\"EMERGENCY\",\"answers\":{\"saddle-numbness\":\"NO\",\"bladder-trouble\":\"NO\","
            + "\"bladder-leaking\":\"NO\",\"bowel-control\":\"NOT_SURE\",\"both-legs\":\"NO\","
            + "\"fever-very-unwell\":\"YES\",\"night-pain\":\"YES\",\"long-term-steroids\":\"NO\","
            + "\"first-back-pain-age\":\"NO\",\"chest-pain\":\"NO\",\"a-question-from-long-ago\":\"YES\"},"
            + "\"raisedBy\":[\"fever-very-unwell\",\"bowel-control\",\"night-pain\"],"
            + "\"raisedByText\":[\"A high temperature or shivers, and feeling very unwell\","
            + "\"Loss of bowel control, or not feeling the need to open the bowels (answered not sure)\","
            + "\"Pain worse at night, waking you, not eased by rest or moving\"]}";

    @TempDir
    Path dir;

    @Test
    void anOldCheckDecodesAndItsReportShowsEveryAnswerWithTheQuestionAskedThen()
            throws IOException, ContentException {
        Files.writeString(dir.resolve("journal.jsonl"), OLD_LINE + "\n", StandardCharsets.UTF_8);
        StoreNotices notices = new StoreNotices();
        List<JournalEntry> read = JournalStore.open(dir, Runnable::run, notices,
                FakeClock.at("2026-11-28T10:00:00Z")).entries();
        assertEquals(List.of(), notices.peekAll());
        WarningSignCheckRecord r = assertInstanceOf(WarningSignCheckRecord.class, read.get(0));
        assertEquals(Level.EMERGENCY, CheckRecords.levelOf(r));
        assertEquals(11, r.answers().size(), "nothing lost");
        assertEquals(3, r.raisedByText().size());

        SignCatalog catalog = SignCatalog.loadDefault();
        String html = CheckReport.html(r, catalog, ZoneId.of("Europe/London"), "999");
        for (String id : r.answers().keySet()) {
            if (catalog.find(id).isPresent()) {
                assertTrue(html.contains(escape(catalog.sign(id).question())), id);
            } else if (catalog.findRetired(id).isPresent()) {
                assertTrue(catalog.find(id).isEmpty(), "a retired id is never reused: " + id);
                assertTrue(html.contains(escape(catalog.findRetired(id).get().question())
                        + " <span class=\"small\">(asked in these words in an earlier version)</span></td><td"), id);
            }
        }
        assertTrue(html.contains("Do you have a high temperature (38 °C / 100.4 °F or more) or shivers, and feel very "
                + "unwell? <span class=\"small\">(asked in these words in an earlier version)</span></td>"
                + "<td class=\"yes\">Yes</td>"));
        assertTrue(html.contains("a-question-from-long-ago <span class=\"small\">(a question no longer asked)"
                + "</span></td><td class=\"yes\">Yes</td>"));
        assertTrue(html.contains("<li>Pain worse at night, waking you, not eased by rest or moving</li>"));
        assertTrue(html.contains("Result: Emergency: call now"));
        // an old answer sits where its question is asked now: the old bladder question just before the new one
        assertTrue(html.indexOf("Is it newly hard to start peeing") < html.indexOf("Have you started leaking urine"));
        assertTrue(html.indexOf("Have you started leaking urine") < html.indexOf("Do you have pain in your chest"));
        assertFalse(html.contains(escape(catalog.sign("new-both-legs").question())), "not asked in that check");
    }

    /** Written by the app before issue 15 (the walking, lifting, over-50 and row 16 questions of that time). */
    static final String ISSUE_10_LINE = "{\"type\":\"WarningSignCheckRecord\",\"at\":\"2026-12-01T09:00:00Z\","
            + "\"level\":\"EMERGENCY\",\"answers\":{\"new-bladder-trouble\":\"NO\",\"unsteady-sudden\":\"NO\","
            + "\"belly-pulsing\":\"NO\",\"weakness\":\"NO\",\"unsteady\":\"YES\",\"minor-fall\":\"YES\","
            + "\"over-50\":\"YES\",\"fever\":\"YES\",\"feel-very-unwell\":\"NO\",\"infection-risk\":\"YES\","
            + "\"night-pain-worse\":\"YES\",\"rest-does-not-ease\":\"NO\"},"
            + "\"raisedBy\":[\"infection-risk\",\"unsteady\",\"minor-fall\",\"fever\",\"night-pain-worse\"],"
            + "\"raisedByText\":[\"Inject drugs, a weakened immune system, or a recent infection (together with a "
            + "temperature or shivers)\",\"Unsteady, walking differently, or legs feel heavy\","
            + "\"Began after a small fall or lifting something (with: over 50)\"]}";

    @Test
    void aCheckFromBeforeIssue15ReadsAndReportsTheQuestionsAskedThen() throws IOException, ContentException {
        Files.writeString(dir.resolve("journal.jsonl"), ISSUE_10_LINE + "\n", StandardCharsets.UTF_8);
        StoreNotices notices = new StoreNotices();
        WarningSignCheckRecord r = assertInstanceOf(WarningSignCheckRecord.class, JournalStore.open(dir,
                Runnable::run, notices, FakeClock.at("2026-12-03T10:00:00Z")).entries().get(0));
        assertEquals(List.of(), notices.peekAll());
        assertEquals(Level.EMERGENCY, CheckRecords.levelOf(r), "the level it had then, not worked out again");
        SignCatalog catalog = SignCatalog.loadDefault();
        String html = CheckReport.html(r, catalog, ZoneId.of("Europe/London"), "999");
        for (String id : r.answers().keySet()) {
            assertTrue(html.contains(escape(catalog.findRetired(id).map(RetiredSign::question)
                    .orElseGet(() -> catalog.sign(id).question()))), id + " shows the question asked then");
        }
        assertTrue(html.contains("Are you over 50? <span class=\"small\">(asked in these words in an earlier "
                + "version)</span></td><td class=\"yes\">Yes</td>"));
        assertTrue(html.contains("<li>Began after a small fall or lifting something (with: over 50)</li>"));
        assertFalse(html.contains("a question no longer asked"), "every old id is known");
    }

    @Test
    void everyRetiredIdNamesQuestionsThatExistNow() throws ContentException {
        SignCatalog catalog = SignCatalog.loadDefault();
        assertEquals(19, catalog.retired().size(), "every question retired in issues 10 and 15");
        for (RetiredSign old : catalog.retired()) {
            assertTrue(catalog.find(old.id()).isEmpty(), old.id() + " must not be reused");
            assertFalse(old.replacedBy().isEmpty(), old.id());
            for (String now : old.replacedBy()) {
                assertTrue(catalog.find(now).isPresent(), old.id() + " -> " + now);
            }
        }
    }

    @Test
    void anOldCheckInSpanishShowsTheQuestionsAskedThenInSpanish() throws IOException, ContentException {
        Files.writeString(dir.resolve("journal.jsonl"), OLD_LINE + "\n" + ISSUE_10_LINE + "\n",
                StandardCharsets.UTF_8);
        List<JournalEntry> read = JournalStore.open(dir, Runnable::run, new StoreNotices(),
                FakeClock.at("2026-12-03T10:00:00Z")).entries();
        SignCatalog catalog = SignCatalog.loadDefault();
        for (JournalEntry e : read) {
            WarningSignCheckRecord r = (WarningSignCheckRecord) e;
            String html = CheckReport.html(r, catalog, ZoneId.of("Europe/Madrid"), "112", "", Languages.SPANISH);
            for (String id : r.answers().keySet()) {
                catalog.findRetired(id).ifPresent(old -> {
                    assertTrue(html.contains(escape(old.question(Languages.SPANISH))), id + " in Spanish");
                    assertFalse(html.contains(escape(old.question())), id + " not in English");
                });
            }
        }
        String html = CheckReport.html((WarningSignCheckRecord) read.get(1), catalog, ZoneId.of("Europe/Madrid"),
                "112", "", Languages.SPANISH);
        assertTrue(html.contains("¿Tiene más de 50 años?"), html);
    }

    private static String escape(String s) {
        return org.backspasm.core.text.Html.escape(s);
    }
}
