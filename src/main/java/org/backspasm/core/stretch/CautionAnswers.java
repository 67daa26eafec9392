package org.backspasm.core.stretch;

import java.util.List;
import java.util.Set;

/**
 * The user's answers to the caution question: whether it was asked, which conditions apply, and whether the user
 * confirmed that a doctor or physiotherapist has said exercise is all right (asked after a recent injury, fall or
 * operation; older saved answers without it read as not confirmed).
 */
public record CautionAnswers(boolean asked, List<Caution> yes, boolean clinicianOk) {
    public static final CautionAnswers NOT_ASKED = new CautionAnswers(false, List.of(), false);

    public CautionAnswers {
        yes = yes == null ? List.of() : yes.stream().filter(c -> c != null).distinct().sorted().toList();
    }

    public CautionAnswers(boolean asked, List<Caution> yes) {
        this(asked, yes, false);
    }

    public static CautionAnswers answered(Set<Caution> yes) {
        return new CautionAnswers(true, List.copyOf(yes), false);
    }

    /** The same conditions, keeping the clinician's confirmation. */
    public CautionAnswers withConditions(Set<Caution> value) {
        return new CautionAnswers(true, List.copyOf(value), clinicianOk);
    }

    public CautionAnswers withClinicianOk(boolean value) {
        return new CautionAnswers(asked, yes, value);
    }

    public boolean has(Caution c) {
        return yes.contains(c);
    }

    /**
     * True when a recent injury, fall or operation was reported and the user has not yet confirmed that a
     * clinician said exercise is all right: the routine waits for that confirmation (and offers the warning-sign
     * check first).
     */
    public boolean needsClinicianOk() {
        return has(Caution.RECENT_INJURY_OR_SURGERY) && !clinicianOk;
    }
}
