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
}
