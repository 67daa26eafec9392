package org.backspasm.core.redflag;

import org.backspasm.core.content.ContentException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.backspasm.core.journal.CheckAnswer;
import org.backspasm.core.journal.CheckLevel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AssessmentTest {
    /** The level a yes to each question gives on its own, from CLINICAL-FACTS section 4 (not read from the JSON). */
    static final Map<String, Level> EXPECTED = Map.ofEntries(
            Map.entry("saddle-numbness", Level.EMERGENCY),       // 1
            Map.entry("bladder-trouble", Level.EMERGENCY),       // 2
            Map.entry("bladder-leaking", Level.EMERGENCY),       // 3
            Map.entry("bowel-control", Level.EMERGENCY),         // 4
            Map.entry("sexual-change", Level.EMERGENCY),         // 5 (with back or leg pain)
            Map.entry("both-legs", Level.EMERGENCY),             // 6
            Map.entry("weakness-sudden", Level.EMERGENCY),       // 7 sudden or severe
            Map.entry("weakness", Level.URGENT),                 // 7 otherwise
            Map.entry("unsteady-sudden", Level.EMERGENCY),       // 8 sudden
            Map.entry("unsteady", Level.URGENT),                 // 8
            Map.entry("chest-pain", Level.EMERGENCY),            // 9
            Map.entry("belly-pulsing", Level.EMERGENCY),         // 10
            Map.entry("serious-accident", Level.EMERGENCY),      // 11
            Map.entry("minor-fall", Level.URGENT),               // 12 (with osteoporosis, steroids or older age)
            Map.entry("fever-very-unwell", Level.EMERGENCY),     // 13 very unwell
            Map.entry("fever", Level.URGENT),                    // 13
            Map.entry("weight-loss", Level.URGENT),              // 14
            Map.entry("cancer-history", Level.URGENT),           // 15
            Map.entry("infection-risk", Level.URGENT),           // 16
            Map.entry("night-pain", Level.URGENT),               // 17
            Map.entry("back-lump", Level.URGENT),                // 18
            Map.entry("cough-sneeze", Level.URGENT),             // 19
            Map.entry("upper-back", Level.URGENT),               // 20
            Map.entry("long-term-steroids", Level.BOOK),         // 21
            Map.entry("osteoporosis", Level.BOOK),               // 22
            Map.entry("first-back-pain-age", Level.BOOK),        // 23
            Map.entry("leg-pain-below-knee", Level.BOOK),        // 24
            Map.entry("leg-pain-worsening", Level.URGENT),       // 24 if worsening
            Map.entry("band-pain", Level.BOOK),                  // 25
            Map.entry("not-improving", Level.BOOK),              // 26
            Map.entry("severe-not-coping", Level.BOOK),          // 27
            Map.entry("rapidly-worse", Level.URGENT),            // 27 if rapidly worse
            Map.entry("pregnant", Level.BOOK));                  // 28

    static SignCatalog catalog;

    @BeforeAll
    static void load() throws ContentException {
        catalog = SignCatalog.loadDefault();
    }

    private static Assessment start() {
        return Assessment.start(catalog);
    }

    /** A yes to the sign, plus yes to whatever it needs to be asked or to count (its parent, its context). */
    private static Assessment yesAlone(WarningSign s) {
        Assessment a = start();
        for (String parent : s.askIf()) {
            a = a.with(parent, Answer.YES);
        }
        if (!s.countsIf().isEmpty()) {
            WarningSign context = catalog.signs().stream()
                    .filter(c -> s.countsIf().contains(c.id()) && c.isContext()).findFirst()
                    .orElseThrow();
            a = a.with(context.id(), Answer.YES);
        }
        return a.with(s.id(), Answer.YES);
    }

    @Test
    void everyRowOfTheTableIsAskedAndEachSignAloneGivesItsLevel() {
        Set<Integer> rows = new TreeSet<>();
        for (WarningSign s : catalog.signs()) {
            rows.add(s.table());
            if (s.isContext()) {
                continue;
            }
            Level expected = EXPECTED.get(s.id());
            assertEquals(expected, s.level(), "level in the file for " + s.id());
            Assessment a = yesAlone(s);
            Level parentLevel = s.askIf().isEmpty() ? Level.NONE : catalog.sign(s.askIf().get(0)).level();
            assertEquals(Level.max(expected, parentLevel), a.level(), "a yes to " + s.id());
            assertTrue(a.findings().stream().anyMatch(f -> f.sign().id().equals(s.id())), s.id() + " listed");
        }
        Set<Integer> all = new TreeSet<>();
        for (int i = 1; i <= 28; i++) {
            all.add(i);
        }
        assertEquals(all, rows);
        assertEquals(EXPECTED.keySet(), catalog.signs().stream().filter(s -> !s.isContext())
                .map(WarningSign::id).collect(Collectors.toSet()));
    }

    @Test
    void noAnswersAndAllNoMeanNoneReported() {
        assertEquals(Level.NONE, start().level());
        Assessment a = start();
        for (WarningSign s : catalog.signs()) {
            a = a.with(s.id(), Answer.NO);
        }
        assertEquals(Level.NONE, a.level());
        assertTrue(a.findings().isEmpty());
    }

    @Test
    void notSureOnAnEmergencySignCountsAsUrgent() {
        for (WarningSign s : catalog.signs()) {
            if (s.level() != Level.EMERGENCY || !s.countsIf().isEmpty()) {
                continue;
            }
            Assessment a = start().with(s.id(), Answer.NOT_SURE);
            assertEquals(Level.URGENT, a.level(), s.id());
            assertEquals("answered not sure", a.findings().get(0).why());
        }
    }

    @Test
    void notSureOnUrgentOrBookSignsCountsAsBook() {
        assertEquals(Level.BOOK, start().with("weight-loss", Answer.NOT_SURE).level());
        assertEquals(Level.BOOK, start().with("pregnant", Answer.NOT_SURE).level());
    }

    @Test
    void minorFallCountsOnlyWithOsteoporosisSteroidsOrOlderAge() {
        Assessment fall = start().with("minor-fall", Answer.YES);
        assertEquals(Level.NONE, fall.level());
        assertEquals(Level.NONE, fall.with("over-50", Answer.NO).with("osteoporosis", Answer.NO)
                .with("long-term-steroids", Answer.NO).level());
        assertEquals(Level.URGENT, fall.with("over-50", Answer.YES).level());
        assertEquals(Level.URGENT, fall.with("long-term-steroids", Answer.YES).level());
        Assessment osteo = fall.with("osteoporosis", Answer.YES);
        assertEquals(Level.URGENT, osteo.level());
        assertEquals(List.of("minor-fall", "osteoporosis"),
                osteo.findings().stream().map(f -> f.sign().id()).toList());
        assertEquals("after a fall", osteo.finding(catalog.sign("osteoporosis")).orElseThrow().why());
        // osteoporosis alone: book; not sure about the bones still lets the fall count
        assertEquals(Level.BOOK, start().with("osteoporosis", Answer.YES).level());
        assertEquals(Level.URGENT, fall.with("osteoporosis", Answer.NOT_SURE).level());
    }

    @Test
    void sexualDysfunctionCountsWithBackOrLegPain() {
        Assessment a = start().with("sexual-change", Answer.YES);
        assertEquals(Level.NONE, a.level());
        assertTrue(a.isAsked(catalog.sign("back-or-leg-pain")));
        assertEquals(Level.NONE, a.with("back-or-leg-pain", Answer.NO).level());
        assertEquals(Level.EMERGENCY, a.with("back-or-leg-pain", Answer.YES).level());
        assertEquals(Level.EMERGENCY, a.with("back-or-leg-pain", Answer.NOT_SURE).level());
        assertEquals(Level.URGENT, start().with("sexual-change", Answer.NOT_SURE)
                .with("back-or-leg-pain", Answer.YES).level());
    }

    @Test
    void escalationsAndFollowUps() {
        assertEquals(Level.EMERGENCY, start().with("infection-risk", Answer.YES).with("fever", Answer.YES).level());
        assertEquals(Level.URGENT, start().with("infection-risk", Answer.YES).with("fever", Answer.NO).level());
        // a follow-up counts only while it is asked
        assertEquals(Level.NONE, start().with("leg-pain-worsening", Answer.YES).level());
        Assessment leg = start().with("leg-pain-below-knee", Answer.YES).with("leg-pain-worsening", Answer.YES);
        assertEquals(Level.URGENT, leg.level());
        assertFalse(leg.with("leg-pain-below-knee", Answer.NO).askedAnswers().containsKey("leg-pain-worsening"));
        assertEquals(Level.URGENT, start().with("severe-not-coping", Answer.YES)
                .with("rapidly-worse", Answer.YES).level());
    }

    @Test
    void theLevelNeverFallsAsAnswersAreAdded() {
        Random random = new Random(20261122L);
        Answer[] kinds = Answer.values();
        List<String> ids = catalog.signs().stream().map(WarningSign::id).collect(Collectors.toCollection(ArrayList::new));
        for (int run = 0; run < 2000; run++) {
            Collections.shuffle(ids, random);
            int howMany = 1 + random.nextInt(ids.size());
            Assessment a = start();
            Level before = a.level();
            Set<String> raisedBefore = Set.of();
            for (int i = 0; i < howMany; i++) {
                a = a.with(ids.get(i), kinds[random.nextInt(kinds.length)]);
                Level now = a.level();
                assertFalse(before.isAbove(now), "run " + run + ": fell from " + before + " to " + now
                        + " after " + ids.get(i) + " with " + a.allAnswers());
                Set<String> raised = a.findings().stream().map(f -> f.sign().id()).collect(Collectors.toSet());
                assertTrue(raised.containsAll(raisedBefore), "run " + run + ": a sign stopped counting");
                before = now;
                raisedBefore = raised;
            }
        }
    }

    @Test
    void findingsAreMostUrgentFirstInTheUsersWords() {
        Assessment a = start().with("pregnant", Answer.YES).with("weight-loss", Answer.YES)
                .with("chest-pain", Answer.NOT_SURE);
        assertEquals(List.of("chest-pain", "weight-loss", "pregnant"),
                a.findings().stream().map(f -> f.sign().id()).toList());
        assertEquals(Level.URGENT, a.level());
        assertEquals("Chest pain as well as the back pain (answered not sure)", a.findings().get(0).text());
    }

    @Test
    void theRecordKeepsAskedAnswersLevelAndRaisedBy() {
        Assessment a = start().with("minor-fall", Answer.YES).with("over-50", Answer.YES)
                .with("leg-pain-worsening", Answer.YES).with("chest-pain", Answer.NO);
        var r = CheckRecords.toRecord(a, java.time.Instant.parse("2026-11-22T10:00:00Z"));
        assertEquals(CheckLevel.URGENT, r.level());
        assertEquals(Map.of("minor-fall", CheckAnswer.YES, "over-50", CheckAnswer.YES, "chest-pain", CheckAnswer.NO), r.answers());
        assertEquals(List.of("minor-fall"), r.raisedBy());
        assertEquals(List.of("Began after a small fall or lifting something (with: over 50)"), r.raisedByText());
        assertEquals(Level.URGENT, CheckRecords.levelOf(r));
    }
}
