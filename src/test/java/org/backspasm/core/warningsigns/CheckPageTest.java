package org.backspasm.core.warningsigns;

import org.backspasm.core.content.ContentException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckPageTest {

    @Test
    void emergencyQuestionsComeFirstOnOnePageThenUrgentThenTheRest() throws ContentException {
        SignCatalog c = SignCatalog.loadDefault();
        List<CheckPage> pages = CheckPage.pagesOf(c, CheckPage.PAGE_SIZE);
        CheckPage first = pages.get(0);
        assertTrue(first.isEmergencyPage());
        long emergencies = c.signs().stream().filter(s -> s.level() == Level.EMERGENCY && !s.isFollowUp()).count();
        long askedFirst = c.signs().stream().filter(WarningSign::askedFirst).count();
        assertEquals(emergencies + askedFirst, first.questions().stream().filter(s -> !s.isFollowUp()).count());
        assertTrue(first.questions().stream().allMatch(s -> s.level() == Level.EMERGENCY || s.isFollowUp()
                || s.askedFirst()));
        // pregnancy is asked first, because some of its signs are emergencies (CLINICAL-FACTS 4c)
        assertTrue(first.questions().contains(c.sign("pregnant")));
        assertTrue(first.questions().contains(c.sign("pregnancy-heavy-bleeding")));
        Level previous = Level.EMERGENCY;
        int asked = 0;
        for (CheckPage p : pages) {
            assertTrue(!p.group().isAbove(previous), "pages go from most to least urgent");
            previous = p.group();
            if (!p.isEmergencyPage()) {
                assertTrue(p.questions().stream().filter(s -> !s.isFollowUp()).count() <= CheckPage.PAGE_SIZE);
            }
            for (int i = 0; i < p.questions().size(); i++) {
                WarningSign s = p.questions().get(i);
                if (s.isFollowUp()) {
                    assertTrue(p.questions().subList(0, i).stream().anyMatch(x -> s.askIf().contains(x.id())),
                            s.id() + " follows its question");
                }
            }
            asked += p.questions().size();
        }
        assertEquals(c.signs().size(), asked, "every question is on a page once");
        for (Level group : new Level[] {Level.URGENT, Level.BOOK}) {
            List<Long> sizes = pages.stream().filter(p -> p.group() == group)
                    .map(p -> p.questions().stream().filter(s -> !s.isFollowUp()).count()).toList();
            assertTrue(sizes.stream().mapToLong(Long::longValue).max().getAsLong()
                    - sizes.stream().mapToLong(Long::longValue).min().getAsLong() <= 1, "evenly spread: " + sizes);
        }
    }
}
