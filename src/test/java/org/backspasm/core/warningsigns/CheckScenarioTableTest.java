package org.backspasm.core.warningsigns;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.backspasm.core.content.ContentException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole check against the scenario table ({@link CheckScenarios}): each row alone and with "not sure", the
 * combinations of CLINICAL-FACTS 4b, pregnancy, under 16, and typical spasm answers that must give no sign.
 */
class CheckScenarioTableTest {
    static SignCatalog catalog;

    @BeforeAll
    static void load() throws ContentException {
        catalog = SignCatalog.loadDefault();
    }

    static List<CheckScenarios.Scenario> scenarios() {
        return CheckScenarios.load();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theCheckGivesTheLevelOfTheFacts(CheckScenarios.Scenario s) {
        CheckScenarios.check(catalog, s);
    }

    @Test
    void theTableIsBigAndCoversEveryQuestion() {
        List<CheckScenarios.Scenario> all = scenarios();
        assertTrue(all.size() >= 60, "at least 60 scenarios, not " + all.size());
        Set<String> answeredYes = all.stream().flatMap(s -> s.answers().entrySet().stream())
                .filter(e -> e.getValue() == Answer.YES).map(java.util.Map.Entry::getKey).collect(Collectors.toSet());
        Set<String> notSure = all.stream().flatMap(s -> s.answers().entrySet().stream())
                .filter(e -> e.getValue() == Answer.NOT_SURE).map(java.util.Map.Entry::getKey)
                .collect(Collectors.toSet());
        for (WarningSign s : catalog.signs()) {
            assertTrue(answeredYes.contains(s.id()), "no scenario answers yes to " + s.id());
            if (!s.isContext()) {
                assertTrue(notSure.contains(s.id()) || s.isFollowUp() && s.level() != Level.EMERGENCY,
                        "no scenario answers not sure to " + s.id());
            }
        }
        assertFalse(all.stream().noneMatch(s -> s.expected() == Level.NONE && s.restNo()),
                "typical spasm answers, whole checks, that give no sign");
    }

    @Test
    void withoutPregnancyThePregnancySignsAreNotAsked() {
        Assessment notPregnant = Assessment.start(catalog).with("pregnant", Answer.NO);
        for (WarningSign s : catalog.followUpsOf("pregnant")) {
            assertFalse(notPregnant.isAsked(s), s.id());
            assertTrue(notPregnant.with("pregnant", Answer.YES).isAsked(s), s.id());
            assertTrue(notPregnant.with("pregnant", Answer.NOT_SURE).isAsked(s), s.id());
        }
        assertTrue(catalog.followUpsOf("pregnant").size() >= 7, "the signs of section 4c");
    }
}
