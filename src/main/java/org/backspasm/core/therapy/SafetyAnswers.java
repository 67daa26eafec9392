package org.backspasm.core.therapy;

import java.time.LocalDate;

/**
 * The answers to the safety questions. The cautions for ice and for heat are asked before the first use in an
 * episode: a "yes" (a caution applies) blocks that modality until the user changes it in Settings; a "no" is
 * remembered for the episode it was given in ({@code *ClearedFor} holds that episode's key), so the question comes
 * back with a new episode. The drowsiness question (sleeping tablets, strong pain medicines, alcohol, or drowsy
 * today) is asked every time heat starts, because its answer changes from day to day: a "yes" switches heat off
 * for that day only ({@code heatOffOn}); a "no" is not kept.
 */
public record SafetyAnswers(boolean iceConcern, boolean heatConcern, String iceClearedFor, String heatClearedFor,
        LocalDate heatOffOn) {
    public static final SafetyAnswers NONE = new SafetyAnswers(false, false, null, null, null);

    /** Switched off by a caution that applies (until changed in Settings). */
    public boolean blocked(Modality m) {
        return m == Modality.ICE ? iceConcern : heatConcern;
    }

    /** Switched off on this day: by a caution, or (heat) by a yes to the drowsiness question that day. */
    public boolean blockedOn(Modality m, LocalDate day) {
        return blocked(m) || (m == Modality.HEAT && heatOffOnDay(day));
    }

    /** Heat is off for this day because of the drowsiness question. */
    public boolean heatOffOnDay(LocalDate day) {
        return heatOffOn != null && heatOffOn.equals(day);
    }

    /** True when the question for this modality has to be asked before it is used in this episode. */
    public boolean needsCheck(Modality m, String episodeKey) {
        String cleared = m == Modality.ICE ? iceClearedFor : heatClearedFor;
        return !blocked(m) && (cleared == null || !cleared.equals(episodeKey));
    }

    /** Records an answer: yes blocks the modality, no clears it for this episode. */
    public SafetyAnswers answer(Modality m, boolean cautionApplies, String episodeKey) {
        String cleared = cautionApplies ? null : episodeKey;
        return m == Modality.ICE
                ? new SafetyAnswers(cautionApplies, heatConcern, cleared, heatClearedFor, heatOffOn)
                : new SafetyAnswers(iceConcern, cautionApplies, iceClearedFor, cleared, heatOffOn);
    }

    /** The Settings switch: block, or unblock (then the question is asked again before the next use). */
    public SafetyAnswers withConcern(Modality m, boolean cautionApplies) {
        return m == Modality.ICE
                ? new SafetyAnswers(cautionApplies, heatConcern, null, heatClearedFor, heatOffOn)
                : new SafetyAnswers(iceConcern, cautionApplies, iceClearedFor, null, heatOffOn);
    }

    /** Heat off for this day (a yes to the drowsiness question), or back on (null: a mistaken yes undone). */
    public SafetyAnswers withHeatOffOn(LocalDate day) {
        return new SafetyAnswers(iceConcern, heatConcern, iceClearedFor, heatClearedFor, day);
    }
}
