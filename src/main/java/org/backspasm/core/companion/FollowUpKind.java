package org.backspasm.core.companion;

/**
 * The follow-up cards of CLINICAL-FACTS 6 ("Not improving"): the question asked after a week when there are no
 * ratings to compare, and the cards at one week, 6 weeks and 12 weeks. The id is what a dismissal is stored under.
 */
public enum FollowUpKind {
    ASK_PROGRESS("ask-progress"),
    ONE_WEEK("one-week"),
    SIX_WEEKS("six-weeks"),
    TWELVE_WEEKS("twelve-weeks");

    private final String id;

    FollowUpKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /**
     * True when this card says what the day plan's line for the stage says (after 6 weeks: see a doctor or
     * physiotherapist if the pain is still there; after 12 weeks: long-lasting, a plan led by one): Today then says
     * it once, on the card, and the plan leaves its line out while the card shows.
     */
    public boolean repeatsThePlanLineOf(EpisodeStage stage) {
        return this == SIX_WEEKS && stage == EpisodeStage.AFTER_6_WEEKS
                || this == TWELVE_WEEKS && stage == EpisodeStage.AFTER_12_WEEKS;
    }
}
