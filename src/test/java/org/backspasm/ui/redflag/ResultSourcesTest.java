package org.backspasm.ui.redflag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A result names its own sources and those of every sign that led to it, each once. */
class ResultSourcesTest {

    @Test
    void addsTheSourcesOfEachReportedSignOnce() {
        assertEquals("Sources: NHS-BACK, CES-LEAFLETS, MAYO-BP, VERHAGEN2016, NBT-ED",
                ResultView.sourcesWith("Sources: NHS-BACK, CES-LEAFLETS",
                        List.of(List.of("MAYO-BP", "VERHAGEN2016"), List.of("NBT-ED", "NHS-BACK"))));
    }

    @Test
    void withNoSignsKeepsTheResultsOwnSources() {
        assertEquals("Sources: NHS-BACK, NINDS, NICE-NG59",
                ResultView.sourcesWith("Sources: NHS-BACK, NINDS, NICE-NG59", List.of()));
    }
}
