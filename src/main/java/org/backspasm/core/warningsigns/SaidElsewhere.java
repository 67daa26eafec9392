package org.backspasm.core.warningsigns;

/**
 * What the user has already told the app elsewhere and the check starts from (CLINICAL-FACTS 4c): pregnancy, said in
 * the stretch safety questions, answers the check's pregnancy question yes, so the pregnancy signs are asked. The
 * user can change the answer; it is shown with where it came from.
 */
public final class SaidElsewhere {
    /** The check's pregnancy question (row 28). */
    public static final String PREGNANT = "pregnant";
    public static final String PREGNANT_NOTE = "You said you are pregnant in the stretch safety questions, so this "
            + "is answered yes. Change it if that is no longer so.";

    private SaidElsewhere() {
    }

    /** A new check, with the pregnancy question answered yes when the user has said so elsewhere. */
    public static Assessment start(SignCatalog catalog, boolean saidPregnant) {
        Assessment a = Assessment.start(catalog);
        return saidPregnant && catalog.find(PREGNANT).isPresent() ? a.with(PREGNANT, Answer.YES) : a;
    }
}
