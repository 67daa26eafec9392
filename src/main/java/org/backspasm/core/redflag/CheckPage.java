package org.backspasm.core.redflag;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of the check: the emergency questions all on the first page, then the urgent ones, then the others,
 * in pages of a few questions. A follow-up sits right after the question it follows.
 */
public record CheckPage(int index, Level group, String title, List<WarningSign> questions) {
    public static final int PAGE_SIZE = 5;

    public CheckPage {
        questions = List.copyOf(questions);
    }

    public boolean isEmergencyPage() {
        return group == Level.EMERGENCY;
    }

    /** Splits the catalog into pages: every emergency question on one page, the rest {@code pageSize} at a time. */
    public static List<CheckPage> pagesOf(SignCatalog catalog, int pageSize) {
        List<CheckPage> pages = new ArrayList<>();
        for (Level group : new Level[] {Level.EMERGENCY, Level.URGENT, Level.BOOK}) {
            List<WarningSign> current = new ArrayList<>();
            int mainCount = 0;
            for (WarningSign s : catalog.signs()) {
                if (s.isFollowUp() || s.level() != group) {
                    continue;
                }
                if (group != Level.EMERGENCY && mainCount == pageSize) {
                    pages.add(new CheckPage(pages.size(), group, titleFor(group), current));
                    current = new ArrayList<>();
                    mainCount = 0;
                }
                current.add(s);
                current.addAll(catalog.followUpsOf(s.id()));
                mainCount++;
            }
            if (!current.isEmpty()) {
                pages.add(new CheckPage(pages.size(), group, titleFor(group), current));
            }
        }
        return List.copyOf(pages);
    }

    static String titleFor(Level group) {
        return switch (group) {
            case EMERGENCY -> "First, the signs that need help straight away";
            case URGENT -> "Next, signs to get checked today";
            default -> "Last, things a doctor should know about";
        };
    }
}
