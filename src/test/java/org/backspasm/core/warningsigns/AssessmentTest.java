package org.backspasm.core.warningsigns;

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
            Map.entry("bladder-new-or-worse", Level.EMERGENCY),  // 2
            Map.entry("new-bladder-leaking", Level.EMERGENCY),   // 3
            Map.entry("new-bowel-control", Level.EMERGENCY),     // 4
            Map.entry("sexual-change", Level.EMERGENCY),         // 5 (with back or leg pain)
            Map.entry("new-both-legs", Level.EMERGENCY),         // 6
            Map.entry("weakness-sudden", Level.EMERGENCY),       // 7 sudden or severe
            Map.entry("limb-weaker", Level.URGENT),              // 7 otherwise
            Map.entry("foot-drags", Level.URGENT),               // 7 foot drags or slaps
            Map.entry("legs-heavy-sudden", Level.EMERGENCY),     // 8 sudden
            Map.entry("balance-lost-sudden", Level.EMERGENCY),   // 8 sudden
            Map.entry("unsteady-on-feet", Level.URGENT),         // 8
            Map.entry("legs-heavy", Level.URGENT),               // 8
            Map.entry("chest-pain", Level.EMERGENCY),            // 9
            Map.entry("belly-pulse-new", Level.EMERGENCY),       // 10 (4b: two questions)
            Map.entry("sudden-pain-faint", Level.EMERGENCY),     // 10
            Map.entry("serious-accident", Level.EMERGENCY),      // 11
            Map.entry("fall-or-heavy-lift", Level.URGENT),       // 12 (with osteoporosis, steroids or 70 or over)
            Map.entry("very-unwell-signs", Level.EMERGENCY),     // 13 with a temperature, very unwell (4b words)
            Map.entry("fever", Level.URGENT),                    // 13
            Map.entry("weight-loss", Level.URGENT),              // 14
            Map.entry("cancer-history", Level.URGENT),           // 15
            Map.entry("inject-drugs", Level.URGENT),             // 16 (4b: three questions)
            Map.entry("weak-immune", Level.URGENT),              // 16
            Map.entry("recent-infection", Level.URGENT),         // 16
            Map.entry("night-pain-wakes", Level.URGENT),         // 17 (4b: wakes you and does not ease)
            Map.entry("back-lump", Level.URGENT),                // 18
            Map.entry("cough-sneeze", Level.URGENT),             // 19
            Map.entry("upper-back", Level.URGENT),               // 20
            Map.entry("steroid-tablets-months", Level.BOOK),     // 21
            Map.entry("osteoporosis", Level.BOOK),               // 22
            Map.entry("first-back-pain", Level.BOOK),            // 23 (with under 20 or over 50)
            Map.entry("leg-pain-below-knee", Level.BOOK),        // 24
            Map.entry("leg-pain-worsening", Level.URGENT),       // 24 if worsening
            Map.entry("band-pain", Level.BOOK),                  // 25
            Map.entry("not-improving", Level.BOOK),              // 26
            Map.entry("severe-not-coping", Level.BOOK),          // 27
            Map.entry("rapidly-worse", Level.URGENT),            // 27 if rapidly worse
            Map.entry("pregnant", Level.BOOK),                   // 28
            Map.entry("pregnancy-heavy-bleeding", Level.EMERGENCY), // 4c: call the emergency number
            Map.entry("pregnancy-constant-pain", Level.EMERGENCY),  // 4c
            Map.entry("pregnancy-spotting", Level.URGENT),          // 4c: midwife the same day
            Map.entry("pregnancy-fluid", Level.URGENT),             // 4c
            Map.entry("pregnancy-tightenings", Level.URGENT),       // 4c
            Map.entry("pregnancy-temperature", Level.URGENT),       // 4c
            Map.entry("pregnancy-pain-peeing", Level.URGENT),       // 4c
            Map.entry("under-16", Level.BOOK));                     // 4c: adults 16 and over

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
        for (int i = 1; i <= 29; i++) { // 29: section 4c, under 16
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
            if (s.level() != Level.EMERGENCY || !s.countsIf().isEmpty() || s.isFollowUp()) {
                continue; // follow-ups: see theSplitQuestionsEachAskOneThing
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
    void minorFallOrHeavyLiftCountsOnlyWithOsteoporosisSteroidsOrSeventyOrOver() {
        Assessment fall = start().with("fall-or-heavy-lift", Answer.YES);
        assertEquals(Level.NONE, fall.level());
        assertEquals(Level.NONE, fall.with("age-70-or-over", Answer.NO).with("osteoporosis", Answer.NO)
                .with("steroid-tablets-months", Answer.NO).level());
        assertEquals(Level.URGENT, fall.with("age-70-or-over", Answer.YES).level());
        assertEquals(Level.URGENT, fall.with("steroid-tablets-months", Answer.YES).level());
        Assessment osteo = fall.with("osteoporosis", Answer.YES);
        assertEquals(Level.URGENT, osteo.level());
        assertEquals(List.of("fall-or-heavy-lift", "osteoporosis"),
                osteo.findings().stream().map(f -> f.sign().id()).toList());
        assertEquals("after a fall, a knock or a heavy lift", osteo.finding(catalog.sign("osteoporosis")).orElseThrow().why());
        // osteoporosis alone: book; not sure about the bones still lets the fall count
        assertEquals(Level.BOOK, start().with("osteoporosis", Answer.YES).level());
        assertEquals(Level.URGENT, fall.with("osteoporosis", Answer.NOT_SURE).level());
    }

    @Test
    void sexualChangesAreAnEmergencyWithBackOrLegPainAndNeverDisappearWithout() {
        Assessment a = start().with("sexual-change", Answer.YES);
        assertTrue(a.isAsked(catalog.sign("back-or-leg-pain")));
        assertEquals(Level.URGENT, a.level(), "a yes counts before the pain question is answered");
        Assessment noPain = a.with("back-or-leg-pain", Answer.NO);
        assertEquals(Level.URGENT, noPain.level(), "answered no to pain: still at least urgent");
        Finding f = noPain.findings().get(0);
        assertEquals("sexual-change", f.sign().id());
        assertEquals("even without back pain or leg pain at the moment", f.why());
        assertEquals(Level.EMERGENCY, a.with("back-or-leg-pain", Answer.YES).level());
        assertEquals(Level.EMERGENCY, a.with("back-or-leg-pain", Answer.NOT_SURE).level());
        assertEquals(Level.URGENT, start().with("sexual-change", Answer.NOT_SURE)
                .with("back-or-leg-pain", Answer.YES).level());
        assertEquals(Level.BOOK, start().with("sexual-change", Answer.NOT_SURE)
                .with("back-or-leg-pain", Answer.NO).level(), "not sure, without pain: still listed");
        assertEquals(Level.NONE, start().with("sexual-change", Answer.NO).with("back-or-leg-pain", Answer.NO).level());
    }

    @Test
    void everyEmergencySignAnsweredYesCountsAtLeastUrgentWhateverElseIsAnswered() {
        for (WarningSign s : catalog.signs()) {
            if (s.level() != Level.EMERGENCY) {
                continue;
            }
            Assessment a = start();
            for (String parent : s.askIf()) {
                a = a.with(parent, Answer.YES);
            }
            a = a.with(s.id(), Answer.YES);
            for (WarningSign other : catalog.signs()) {
                if (!other.id().equals(s.id()) && !s.askIf().contains(other.id())) {
                    a = a.with(other.id(), Answer.NO);
                }
            }
            assertFalse(Level.URGENT.isAbove(a.level()), s.id() + " with every other answer no: " + a.level());
        }
    }

    @Test
    void theSplitQuestionsEachAskOneThing() {
        // temperature, then "very unwell" as its own question
        Assessment fever = start().with("fever", Answer.YES);
        assertEquals(Level.URGENT, fever.level());
        assertTrue(fever.isAsked(catalog.sign("very-unwell-signs")));
        assertFalse(start().isAsked(catalog.sign("very-unwell-signs")), "asked only after a temperature");
        assertEquals(Level.URGENT, fever.with("very-unwell-signs", Answer.NO).level());
        assertEquals(Level.EMERGENCY, fever.with("very-unwell-signs", Answer.YES).level());
        assertEquals(Level.URGENT, fever.with("very-unwell-signs", Answer.NOT_SURE).level());
        // first back pain ever, then age on its own
        Assessment first = start().with("first-back-pain", Answer.YES);
        assertTrue(first.isAsked(catalog.sign("under-20-or-over-50")));
        assertEquals(Level.NONE, first.with("under-20-or-over-50", Answer.NO).level());
        assertEquals(Level.BOOK, first.with("under-20-or-over-50", Answer.YES).level());
        assertEquals(Level.NONE, start().with("first-back-pain", Answer.NO).level());
        for (String id : List.of("fever", "night-pain-wakes", "first-back-pain", "under-20-or-over-50")) {
            String q = catalog.sign(id).question().toLowerCase(java.util.Locale.ROOT);
            assertFalse(q.contains(" and "), id + " asks one thing: " + q);
        }
    }

    @Test
    void aWeakImmuneSystemOrInjectedDrugsWithATemperatureIsAnEmergencyAndTheResultSaysWhy() {
        for (String id : List.of("weak-immune", "inject-drugs")) {
            Assessment a = start().with(id, Answer.YES).with("fever", Answer.YES)
                    .with("very-unwell-signs", Answer.NO);
            assertEquals(Level.EMERGENCY, a.level(), id);
            Finding f = a.finding(catalog.sign(id)).orElseThrow();
            assertEquals(Level.EMERGENCY, f.level());
            assertTrue(f.text().contains("a temperature needs checking straight away"), f.text());
        }
        // a recent infection with a temperature follows row 13 (4b)
        Assessment infection = start().with("recent-infection", Answer.YES).with("fever", Answer.YES)
                .with("very-unwell-signs", Answer.NO);
        assertEquals(Level.URGENT, infection.level());
    }

    @Test
    void escalationsAndFollowUps() {
        assertEquals(Level.EMERGENCY, start().with("weak-immune", Answer.YES).with("fever", Answer.YES).level());
        assertEquals(Level.URGENT, start().with("weak-immune", Answer.YES).with("fever", Answer.NO).level());
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
        Assessment a = start().with("fall-or-heavy-lift", Answer.YES).with("age-70-or-over", Answer.YES)
                .with("leg-pain-worsening", Answer.YES).with("chest-pain", Answer.NO);
        var r = CheckRecords.toRecord(a, java.time.Instant.parse("2026-11-22T10:00:00Z"));
        assertEquals(CheckLevel.URGENT, r.level());
        assertEquals(Map.of("fall-or-heavy-lift", CheckAnswer.YES, "age-70-or-over", CheckAnswer.YES,
                "chest-pain", CheckAnswer.NO), r.answers());
        assertEquals(List.of("fall-or-heavy-lift"), r.raisedBy());
        assertEquals(List.of("Began after a small fall, a knock or lifting something heavy (with: 70 or over)"),
                r.raisedByText());
        assertEquals(Level.URGENT, CheckRecords.levelOf(r));
    }
}
