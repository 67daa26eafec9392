package org.backspasm.core.warningsigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.backspasm.core.content.ContentException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How the check asks (CLINICAL-FACTS 4b): one sign per question, what does not count said in the help of every
 * walking, bladder and night question, and a no-sign result that never says "you answered no to every question".
 */
class CheckWordingTest {
    /**
     * Words that name one sign of section 4, so a question naming two of them joins two signs. Rows 10 and 16 are
     * two and three signs (4b), and rows 7 and 8 are asked sign by sign.
     */
    static final Map<String, Pattern> SIGN_WORDS = new LinkedHashMap<>();

    static {
        SIGN_WORDS.put("7 weakness", Pattern.compile("\\bweak(er)?\\b"));
        SIGN_WORDS.put("7 foot drop", Pattern.compile("\\b(drag|slap)s?\\b"));
        SIGN_WORDS.put("8 balance", Pattern.compile("\\b(unsteady|balance)\\b"));
        SIGN_WORDS.put("8 heavy legs", Pattern.compile("\\blegs\\b.*\\bheavy\\b"));
        SIGN_WORDS.put("8 walking changed", Pattern.compile("\\bway you walk\\b|\\bwalk the way\\b|\\bwalk(ing)? differently\\b"));
        SIGN_WORDS.put("9 chest", Pattern.compile("\\bchest\\b"));
        SIGN_WORDS.put("10 pulsing", Pattern.compile("\\b(throbbing|pulsing)\\b"));
        SIGN_WORDS.put("10 faint", Pattern.compile("\\bfaint\\b"));
        SIGN_WORDS.put("11 accident", Pattern.compile("\\baccident\\b"));
        SIGN_WORDS.put("12 fall or lift", Pattern.compile("\\b(small fall|minor fall|knock|lift(ing)?)\\b"));
        SIGN_WORDS.put("13 temperature", Pattern.compile("\\b(temperature|chills|shivers)\\b"));
        SIGN_WORDS.put("14 weight", Pattern.compile("\\bweight\\b"));
        SIGN_WORDS.put("15 cancer", Pattern.compile("\\bcancer\\b"));
        SIGN_WORDS.put("16 drugs", Pattern.compile("\\binject\\b"));
        SIGN_WORDS.put("16 immune", Pattern.compile("\\bimmune\\b"));
        SIGN_WORDS.put("16 infection", Pattern.compile("\\binfection\\b"));
        SIGN_WORDS.put("17 night", Pattern.compile("\\b(night|wakes?)\\b"));
        SIGN_WORDS.put("18 lump", Pattern.compile("\\b(lump|swelling)\\b"));
        SIGN_WORDS.put("19 cough", Pattern.compile("\\b(cough|sneeze)\\b"));
        SIGN_WORDS.put("21 steroids", Pattern.compile("\\bsteroid\\b"));
        SIGN_WORDS.put("22 osteoporosis", Pattern.compile("\\bosteoporosis\\b"));
        SIGN_WORDS.put("24 below the knee", Pattern.compile("\\bbelow the knee\\b"));
        SIGN_WORDS.put("25 band", Pattern.compile("\\bband\\b"));
        SIGN_WORDS.put("28 pregnant", Pattern.compile("\\bpregnant\\b"));
    }

    static SignCatalog catalog;

    @BeforeAll
    static void load() throws ContentException {
        catalog = SignCatalog.loadDefault();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static Set<String> signsNamed(String question) {
        Set<String> named = new TreeSet<>();
        SIGN_WORDS.forEach((sign, words) -> {
            if (words.matcher(lower(question)).find()) {
                named.add(sign);
            }
        });
        return named;
    }

    @Test
    void theSignWordsCatchTheQuestionsOfBeforeThatJoinedTwoSigns() {
        for (String retired : List.of("unsteady-sudden", "unsteady", "weakness", "belly-pulsing", "infection-risk")) {
            String q = catalog.findRetired(retired).orElseThrow().question();
            assertTrue(signsNamed(q).size() > 1, retired + " named " + signsNamed(q) + ": " + q);
        }
    }

    @Test
    void noQuestionJoinsTwoSigns() {
        for (WarningSign s : catalog.signs()) {
            Set<String> named = signsNamed(s.question());
            assertTrue(named.size() <= 1, s.id() + " names " + named + ": " + s.question());
        }
    }

    @Test
    void everyWalkingBladderAndNightQuestionSaysWhatDoesNotCount() {
        int seen = 0;
        for (WarningSign s : catalog.signs()) {
            if (Set.of(2, 3, 7, 8, 17).contains(s.table())) {
                seen++;
                String notCounted = lower(s.doesNotCount());
                assertTrue(notCounted.contains("does not count") || notCounted.contains("do not count"),
                        s.id() + " (row " + s.table() + ") says what does not count: " + s.doesNotCount());
            }
            if (s.table() == 7 || s.table() == 8) {
                assertEquals("Walking slowly, stiffly or bent over because of the pain does not count.",
                        s.doesNotCount(), s.id() + ": the walking line of 4b");
                assertFalse(lower(s.question()).contains("walk the way"), s.id());
                assertFalse(lower(s.question()).contains("way you walk"), s.id());
            }
        }
        assertTrue(seen >= 9, "rows 2, 3, 7, 8 and 17 are asked: " + seen);
        assertTrue(lower(catalog.sign("bladder-new-or-worse").help()).contains("clearly worse"),
                "a weak flow that got worse counts");
        assertTrue(lower(catalog.sign("bladder-new-or-worse").doesNotCount()).contains("has not changed"));
        assertTrue(lower(catalog.sign("night-pain-wakes").doesNotCount()).contains("turn over in bed"));
        assertTrue(lower(catalog.sign("inject-drugs").doesNotCount()).contains("insulin"));
        assertTrue(lower(catalog.sign("belly-pulse-new").question()).contains("new"));
    }

    @Test
    void rowTwelveIsAHeavyLiftAndSeventyOrOver() {
        for (WarningSign s : catalog.signs()) {
            if (s.table() == 12) {
                assertFalse(s.question().contains("50"), s.id() + ": " + s.question());
            }
        }
        assertTrue(catalog.sign("fall-or-heavy-lift").question().contains("lifting something heavy"));
        assertEquals("Are you 70 or older?", catalog.sign("age-70-or-over").question());
        assertTrue(lower(catalog.sign("inject-drugs").question()).contains("not prescribed to you"));
        assertEquals(3, catalog.signs().stream().filter(s -> s.table() == 16).count(), "row 16 is three questions");
        assertEquals(2, catalog.signs().stream().filter(s -> s.table() == 10).count(), "row 10 is two questions");
        assertEquals(1, catalog.signs().stream().filter(s -> s.table() == 17).count(), "row 17 is one question");
    }

    @Test
    void veryUnwellIsAskedInConcreteWords() {
        String q = lower(catalog.sign("very-unwell-signs").question());
        for (String sign : List.of("confused or slurred speech", "extreme shivering or muscle pain", "no pee all day",
                "very short of breath", "blue, grey, blotchy or very pale", "does not fade", "badly wrong")) {
            assertTrue(q.contains(sign), sign);
        }
        assertFalse(q.contains("do you feel very unwell"));
    }

    @Test
    void noResultSaysTheUserAnsweredNoToEverything() throws IOException {
        for (Level l : Level.values()) {
            String text = lower(ResultWording.forLevel(l, "999").allText());
            assertFalse(text.contains("answered no to every"), l + ": " + text);
        }
        assertEquals("None of your answers points to a warning sign",
                ResultWording.forLevel(Level.NONE, "999").heading());
        String json = lower(Files.readString(Path.of("src/main/resources/org/backspasm/content/warning-signs.json"),
                StandardCharsets.UTF_8));
        assertFalse(json.contains("answered no to every"));
    }
}
