package org.backspasm.ui.warningsigns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A result names its own sources and those of every sign that led to it, each once. */
class ResultSourcesTest {

    @Test
    void addsTheSourcesOfEachReportedSignOnce() {
        assertEquals(List.of("NHS-BACK", "CES-LEAFLETS", "MAYO-BP", "VERHAGEN2016", "NBT-ED"),
                ResultView.sourcesWith(List.of("NHS-BACK", "CES-LEAFLETS"),
                        List.of(List.of("MAYO-BP", "VERHAGEN2016"), List.of("NBT-ED", "NHS-BACK"))));
    }

    @Test
    void withNoSignsKeepsTheResultsOwnSources() {
        assertEquals(List.of("NHS-BACK", "NINDS", "NICE-NG59"),
                ResultView.sourcesWith(List.of("NHS-BACK", "NINDS", "NICE-NG59"), List.of()));
    }
}
