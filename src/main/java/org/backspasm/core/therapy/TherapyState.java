package org.backspasm.core.therapy;

/** What the therapy feature keeps in its state section: the running session (or null), safety answers, last plan. */
public record TherapyState(TherapyRun run, SafetyAnswers safety, TherapyPlan lastPlan) {
    public static final TherapyState EMPTY = new TherapyState(null, SafetyAnswers.NONE, null);

    public TherapyState {
        safety = safety == null ? SafetyAnswers.NONE : safety;
    }

    TherapyState withRun(TherapyRun r) {
        return new TherapyState(r, safety, lastPlan);
    }

    TherapyState withSafety(SafetyAnswers s) {
        return new TherapyState(run, s, lastPlan);
    }

    TherapyState withLastPlan(TherapyPlan p) {
        return new TherapyState(run, safety, p);
    }
}
