package org.backspasm.core.warningsigns;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of the check: the emergency questions all on the first page (with any question whose follow-ups include
 * emergency signs, such as pregnancy), then the urgent ones, then the others, in pages of a few questions. A
 * follow-up sits right after the question it follows.
 */
public record CheckPage(int index, Level group, String title, List<WarningSign> questions) {
    public static final int PAGE_SIZE = 6;

    public CheckPage {
        questions = List.copyOf(questions);
    }

    public boolean isEmergencyPage() {
        return group == Level.EMERGENCY;
    }

    /**
     * The line under the page title. "Since the back pain began" is said in the questions where it fits, not here:
     * the later pages also ask about the past (an illness, tablets, osteoporosis), which began long before.
     */
    public String instructions() {
        return isEmergencyPage()
                ? "As soon as your answers point to an emergency, the check goes straight to what to do. The other "
                        + "questions can wait."
                : "Answer for how things are now, unless a question asks about the past.";
    }

    /**
     * Splits the catalog into pages: every emergency question on one page, the rest at most {@code pageSize} main
     * questions a page, spread evenly (11 questions make pages of 6 and 5, not 5, 5 and 1).
     */
    public static List<CheckPage> pagesOf(SignCatalog catalog, int pageSize) {
        List<CheckPage> pages = new ArrayList<>();
        for (Level group : new Level[] {Level.EMERGENCY, Level.URGENT, Level.BOOK}) {
            List<WarningSign> main = new ArrayList<>();
            for (WarningSign s : catalog.signs()) {
                if (!s.isFollowUp() && s.pageGroup() == group) {
                    main.add(s);
                }
            }
            if (main.isEmpty()) {
                continue;
            }
            int count = group == Level.EMERGENCY ? 1 : (main.size() + pageSize - 1) / pageSize;
            int from = 0;
            for (int p = 0; p < count; p++) {
                int size = main.size() / count + (p < main.size() % count ? 1 : 0);
                List<WarningSign> questions = new ArrayList<>();
                for (WarningSign s : main.subList(from, from + size)) {
                    questions.add(s);
                    questions.addAll(catalog.followUpsOf(s.id()));
                }
                from += size;
                pages.add(new CheckPage(pages.size(), group, titleFor(group), questions));
            }
        }
        return List.copyOf(pages);
    }

    /** The page's title in the locale's language. */
    public String title(java.util.Locale locale) {
        org.backspasm.core.i18n.Messages m = org.backspasm.core.i18n.Messages.of(Finding.BUNDLE, locale);
        return switch (group) {
            case EMERGENCY -> m.text("page.title.emergency");
            case URGENT -> m.text("page.title.urgent");
            default -> m.text("page.title.later");
        };
    }

    /** The line under the title in the locale's language. */
    public String instructions(java.util.Locale locale) {
        org.backspasm.core.i18n.Messages m = org.backspasm.core.i18n.Messages.of(Finding.BUNDLE, locale);
        return isEmergencyPage() ? m.text("page.instructions.emergency") : m.text("page.instructions.other");
    }

    static String titleFor(Level group) {
        return switch (group) {
            case EMERGENCY -> "First, the signs that need help straight away";
            case URGENT -> "Next, signs to get checked today";
            default -> "Last, things a doctor should know about";
        };
    }
}
