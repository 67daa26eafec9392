package org.backspasm.core.companion;

import java.util.List;
import java.util.Locale;
import org.backspasm.core.i18n.Messages;

/**
 * The day plan's words for each stage (bundle {@code dayplan}), written from CLINICAL-FACTS sections 2, 3 and 6,
 * each with its source ids. No diagnosis and no medication advice. An item that does not suit a stage is absent
 * (short spells of ice or heat are not the plan for pain past 12 weeks).
 */
final class PlanWording {
    /** The bundle: {@code org/backspasm/i18n/dayplan.properties}. */
    static final String BUNDLE = "dayplan";

    private final Messages m;

    PlanWording(Locale locale) {
        this.m = Messages.of(BUNDLE, locale);
    }

    Sourced about(EpisodeStage s) {
        return switch (s) {
            case DAYS_1_2 -> said("about.days1to2", "NHS-BACK", "NINDS", "NICE-NG59", "AAFP2012");
            case FIRST_WEEK -> said("about.firstWeek", "NHS-BACK", "NINDS", "HEALTHWISE");
            case WEEKS_2_TO_6 -> said("about.weeks2to6", "NHS-BACK", "NINDS", "NHS-INFORM");
            case AFTER_6_WEEKS -> said("about.after6Weeks", "CSP", "NHS-INFORM", "MAYO-BP", "NHS-BACK");
            case AFTER_12_WEEKS -> said("about.after12Weeks", "ACP2017", "NICE-NG59");
        };
    }

    /** The items for a stage, in the order shown, with today's goal for each. */
    List<Goal> items(EpisodeStage s) {
        return switch (s) {
            case DAYS_1_2 -> List.of(
                    new Goal(PlanItemKind.ICE_OR_HEAT, 2,
                            said("item.iceOrHeat.days1to2", "NINDS", "ACP2017", "HEALTHWISE")),
                    new Goal(PlanItemKind.WALK, 3,
                            said("item.walk.days1to2", "NHS-BACK", "HEALTHWISE", "NHS-INFORM")),
                    new Goal(PlanItemKind.ROUTINE, 1, said("item.routine.days1to2", "NHS-INFORM", "NHS-BACK")),
                    rate());
            case FIRST_WEEK -> List.of(
                    new Goal(PlanItemKind.ICE_OR_HEAT, 1,
                            said("item.iceOrHeat.firstWeek", "NINDS", "ACP2017", "HEALTHWISE")),
                    walk(), routine(said("item.routine", "NHS-INFORM", "NHS-BACK")), rate());
            case WEEKS_2_TO_6 -> List.of(heat(), walk(), routine(said("item.routine", "NHS-INFORM", "NHS-BACK")),
                    rate());
            case AFTER_6_WEEKS -> List.of(heat(), walk(),
                    routine(said("item.routine.after6Weeks", "NHS-INFORM", "NHS-BACK")), rate());
            case AFTER_12_WEEKS -> List.of(
                    new Goal(PlanItemKind.WALK, 1, said("item.walk.after12Weeks", "HEALTHWISE", "ACP2017")),
                    new Goal(PlanItemKind.ROUTINE, 1,
                            said("item.routine.after12Weeks", "ACP2017", "NICE-NG59", "MAYO-EX")),
                    rate());
        };
    }

    private Sourced said(String key, String... sources) {
        return Sourced.of(m.text(key), sources);
    }

    private Goal heat() {
        return new Goal(PlanItemKind.ICE_OR_HEAT, 1, said("item.heat", "ACP2017", "MAYO-H2T"));
    }

    private Goal walk() {
        return new Goal(PlanItemKind.WALK, 3, said("item.walk", "HEALTHWISE", "NHS-INFORM"));
    }

    private static Goal routine(Sourced advice) {
        return new Goal(PlanItemKind.ROUTINE, 1, advice);
    }

    private Goal rate() {
        return new Goal(PlanItemKind.RATE_PAIN, 1, said("item.ratePain", "FARRAR2001", "CSP"));
    }

    record Goal(PlanItemKind kind, int goal, Sourced advice) {
    }
}
