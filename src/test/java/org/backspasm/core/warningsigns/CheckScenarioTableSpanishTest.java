package org.backspasm.core.warningsigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;
import org.backspasm.core.content.ContentException;
import org.backspasm.core.i18n.Languages;
import org.backspasm.core.i18n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scenario table of the clinical issue (check-scenarios.txt) once more, as a Spanish-speaking user meets it: the
 * answers are language-free, so every scenario gives the same level; what changes is the words. For each scenario
 * every question the check asks, the result (heading, steps, what to tell them) and every sign it lists are read in
 * Spanish, and each is Spanish (written, and not the English), with the emergency number kept.
 */
class CheckScenarioTableSpanishTest {
    private static final Locale ES = Languages.SPANISH;
    private static SignCatalog catalog;

    @BeforeAll
    static void load() throws ContentException {
        catalog = SignCatalog.loadDefault();
    }

    static List<CheckScenarios.Scenario> scenarios() {
        return CheckScenarios.load();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theSameLevelInSpanishWithSpanishWords(CheckScenarios.Scenario s) {
        Assessment a = CheckScenarios.check(catalog, s);
        for (WarningSign w : catalog.signs()) {
            if (a.isAsked(w)) {
                spanish(w.question(ES), w.question(Locale.UK), s + ": the question " + w.id());
            }
        }
        ResultText es = ResultWording.forLevel(a.level(), "112", ES);
        ResultText en = ResultWording.forLevel(a.level(), "112", Locale.UK);
        assertEquals(s.expected(), es.level());
        spanish(es.heading(), en.heading(), s + ": the result's heading");
        assertEquals(Messages.of("warningsigns", ES).text(headingKey(s.expected()), "112"), es.heading());
        assertEquals(en.steps().size(), es.steps().size(), s + ": every step");
        for (int i = 0; i < es.steps().size(); i++) {
            spanish(es.steps().get(i), en.steps().get(i), s + ": step " + (i + 1));
            assertEquals(en.steps().get(i).contains("112"), es.steps().get(i).contains("112"),
                    s + ": the emergency number stays in step " + (i + 1));
        }
        spanish(ResultWording.shortName(a.level(), ES), ResultWording.shortName(a.level()), s + ": the short name");
        for (Finding f : a.findings()) {
            spanish(f.text(ES), f.text(Locale.UK), s + ": the sign listed for " + f.sign().id());
        }
    }

    private static String headingKey(Level level) {
        return switch (level) {
            case EMERGENCY -> "result.emergency.heading";
            case URGENT -> "result.urgent.heading";
            case BOOK -> "result.book.heading";
            case NONE -> "result.none.heading";
        };
    }

    private static void spanish(String es, String en, String what) {
        assertFalse(es.isBlank(), what + " is empty");
        assertNotEquals(en, es, what + " is the English: " + en);
    }
}
