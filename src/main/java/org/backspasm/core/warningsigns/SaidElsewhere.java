package org.backspasm.core.warningsigns;

/**
 * What the user has already told the app elsewhere and the check starts from (CLINICAL-FACTS 4c): pregnancy, said in
 * the stretch safety questions, answers the check's pregnancy question yes, so the pregnancy signs are asked. The
 * user can change the answer; it is shown with where it came from.
 */
public final class SaidElsewhere {
    /** The check's pregnancy question (row 28). */
    public static final String PREGNANT = "pregnant";

    /** Shown with the pregnancy question while its "yes" came from the stretch safety questions. */
    public static String pregnantNote(java.util.Locale locale) {
        return org.backspasm.core.i18n.Messages.of("check", locale).text("pregnant.saidElsewhere");
    }

    private SaidElsewhere() {
    }

    /** A new check, with the pregnancy question answered yes when the user has said so elsewhere. */
    public static Assessment start(SignCatalog catalog, boolean saidPregnant) {
        Assessment a = Assessment.start(catalog);
        return saidPregnant && catalog.find(PREGNANT).isPresent() ? a.with(PREGNANT, Answer.YES) : a;
    }
}
