package org.backspasm.core.companion;

import java.util.List;

/**
 * The day plan's words for each stage, written from CLINICAL-FACTS sections 2, 3 and 6, each with its source ids.
 * No diagnosis and no medication advice. An item that does not suit a stage is absent (short spells of ice or heat
 * are not the plan for pain past 12 weeks).
 */
final class PlanWording {
    private PlanWording() {
    }

    static Sourced about(EpisodeStage s) {
        return switch (s) {
            case DAYS_1_2 -> Sourced.of("Days 1–2: rest as much as you need, but stay out of bed beyond a day or "
                    + "two. Short, gentle walks help as soon as you are able.",
                    "NHS-BACK", "NINDS", "NICE-NG59", "AAFP2012");
            case FIRST_WEEK -> Sourced.of("The first week: keep moving as the pain allows and build your walks up "
                    + "little by little. Most spasms ease within days to a few weeks.",
                    "NHS-BACK", "NINDS", "HEALTHWISE");
            case WEEKS_2_TO_6 -> Sourced.of("Weeks 2–6: most episodes are better within about 2 weeks and gone in "
                    + "4–6. Keep walking and keep up the routine.", "NHS-BACK", "NINDS", "NHS-INFORM");
            case AFTER_6_WEEKS -> Sourced.of("After 6 weeks: if the pain is still there, or it stops you doing "
                    + "everyday things, book an appointment with a doctor or physiotherapist.",
                    "CSP", "NHS-INFORM", "MAYO-BP", "NHS-BACK");
            case AFTER_12_WEEKS -> Sourced.of("After 12 weeks the pain counts as long-lasting. Regular exercise, "
                    + "planned with a doctor or physiotherapist, is the main route now.", "ACP2017", "NICE-NG59");
        };
    }

    /** The items for a stage, in the order shown, with today's goal for each. */
    static List<Goal> items(EpisodeStage s) {
        return switch (s) {
            case DAYS_1_2 -> List.of(
                    new Goal(PlanItemKind.ICE_OR_HEAT, 2, Sourced.of("Ice or heat, up to 20 minutes at a time, a few "
                            + "times today. Ice is the usual choice in the first 48 hours; heat has the stronger "
                            + "evidence.", "NINDS", "ACP2017", "HEALTHWISE")),
                    new Goal(PlanItemKind.WALK, 3, Sourced.of("Short, gentle walks on level ground as soon as you "
                            + "can: a few minutes, 3–4 times today.", "NHS-BACK", "HEALTHWISE", "NHS-INFORM")),
                    new Goal(PlanItemKind.ROUTINE, 1, Sourced.of("Gentle stretches once or twice today, if you feel "
                            + "able. Stop any that causes sharp or new pain.", "NHS-INFORM", "NHS-BACK")),
                    rate());
            case FIRST_WEEK -> List.of(
                    new Goal(PlanItemKind.ICE_OR_HEAT, 1, Sourced.of("Ice or heat, up to 20 minutes at a time, when "
                            + "it helps. After 72 hours heat is the usual choice.", "NINDS", "ACP2017", "HEALTHWISE")),
                    walk(),
                    routine("The stretch routine once or twice today (up to 3 times)."),
                    rate());
            case WEEKS_2_TO_6 -> List.of(heat(), walk(),
                    routine("The stretch routine once or twice today (up to 3 times)."), rate());
            case AFTER_6_WEEKS -> List.of(heat(), walk(),
                    routine("The stretch routine once or twice today: keeping it up for 6–8 weeks helps prevent "
                            + "another episode."),
                    rate());
            case AFTER_12_WEEKS -> List.of(
                    new Goal(PlanItemKind.WALK, 1, Sourced.of("A walk today, building up gradually: regular "
                            + "activity is part of the plan for long-lasting pain.", "HEALTHWISE", "ACP2017")),
                    new Goal(PlanItemKind.ROUTINE, 1, Sourced.of("Exercise today: the routine, or the programme you "
                            + "set up with a doctor or physiotherapist.", "ACP2017", "NICE-NG59", "MAYO-EX")),
                    rate());
        };
    }

    private static Goal heat() {
        return new Goal(PlanItemKind.ICE_OR_HEAT, 1, Sourced.of("Heat for up to 20 minutes, if it helps you.",
                "ACP2017", "MAYO-H2T"));
    }

    private static Goal walk() {
        return new Goal(PlanItemKind.WALK, 3, Sourced.of("A walk of 5–10 minutes on level ground, 3–4 times "
                + "today. Avoid hills and stairs at first and build up gradually.", "HEALTHWISE", "NHS-INFORM"));
    }

    private static Goal routine(String text) {
        return new Goal(PlanItemKind.ROUTINE, 1, Sourced.of(text, "NHS-INFORM", "NHS-BACK"));
    }

    private static Goal rate() {
        return new Goal(PlanItemKind.RATE_PAIN, 1, Sourced.of("Rate your pain once today: your own ratings show "
                + "whether it is easing.", "FARRAR2001", "CSP"));
    }

    record Goal(PlanItemKind kind, int goal, Sourced advice) {
    }
}
