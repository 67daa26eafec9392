package org.backspasm.core.stretch;

import java.util.List;
import java.util.Set;

/** The user's answers to the caution question: whether it was asked, and which conditions apply. */
public record CautionAnswers(boolean asked, List<Caution> yes) {
    public static final CautionAnswers NOT_ASKED = new CautionAnswers(false, List.of());

    public CautionAnswers {
        yes = yes == null ? List.of() : yes.stream().filter(c -> c != null).distinct().sorted().toList();
    }

    public static CautionAnswers answered(Set<Caution> yes) {
        return new CautionAnswers(true, List.copyOf(yes));
    }

    public boolean has(Caution c) {
        return yes.contains(c);
    }
}
