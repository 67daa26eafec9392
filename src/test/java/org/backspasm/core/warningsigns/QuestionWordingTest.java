package org.backspasm.core.warningsigns;

import org.backspasm.core.content.ContentException;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The wording rules of issue 10: what is new since the back pain began, history in the past, page instructions. */
class QuestionWordingTest {
    static SignCatalog catalog;

    @BeforeAll
    static void load() throws ContentException {
        catalog = SignCatalog.loadDefault();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    @Test
    void rowsTwoToSixAskOnlyAboutWhatIsNewSinceTheBackPainBegan() {
        for (int row : new int[] {1, 2, 3, 4, 5, 6}) { // the rows of nerve and bladder signs
            List<WarningSign> signs = catalog.signs().stream().filter(s -> s.table() == row && !s.isContext()).toList();
            assertFalse(signs.isEmpty(), "row " + row);
            for (WarningSign s : signs) {
                assertTrue(s.question().startsWith("Since the back pain began, "), s.id() + ": " + s.question());
                assertTrue(s.label().startsWith("New"), s.id() + " label says new: " + s.label());
            }
        }
        // "new" covers every clause: no clause can be read as a long-standing state
        String bladder = lower(catalog.sign("bladder-new-or-worse").question());
        assertTrue(bladder.contains("has it become hard to start") && bladder.contains("has your flow become weak")
                && bladder.contains("can you no longer feel"), bladder);
        assertFalse(bladder.contains("is the flow weak"), bladder);
        String legs = lower(catalog.sign("new-both-legs").question());
        assertTrue(legs.contains("new pain, tingling, numbness or weakness in both legs"), legs);
        assertTrue(lower(catalog.sign("new-both-legs").help()).contains("arthritis"));
        assertTrue(lower(catalog.sign("bladder-new-or-worse").doesNotCount()).contains("already had before"));
    }

    @Test
    void historyQuestionsAskAboutThePast() {
        for (String id : List.of("osteoporosis", "steroid-tablets-months", "cancer-history")) {
            String q = lower(catalog.sign(id).question());
            assertTrue(q.startsWith("have you ever"), id + ": " + q);
            assertFalse(q.contains("since the back pain"), id);
        }
    }

    @Test
    void sinceTheBackPainBeganIsSaidOnlyWhereItFits() throws ContentException {
        for (CheckPage p : CheckPage.pagesOf(catalog, CheckPage.PAGE_SIZE)) {
            assertFalse(lower(p.instructions()).contains("since the back pain"), "page " + p.index() + ": "
                    + p.instructions());
            if (!p.isEmergencyPage()) {
                assertTrue(p.instructions().contains("unless a question asks about the past"), p.instructions());
            }
        }
        for (String history : List.of("osteoporosis", "steroid-tablets-months", "cancer-history", "pregnant",
                "first-back-pain", "serious-accident", "fall-or-heavy-lift")) {
            assertFalse(lower(catalog.sign(history).question()).contains("since the back pain"), history);
        }
    }

    @Test
    void noQuestionAsksTwoThingsJoinedByAnd() {
        for (WarningSign s : catalog.signs()) {
            assertFalse(lower(s.question()).contains(", and "), s.id() + ": " + s.question());
            assertFalse(lower(s.question()).matches(".*(or|,) .* and (are|do|does|is|feel) .*"),
                    s.id() + " combines an either-or with an and: " + s.question());
        }
    }
}
