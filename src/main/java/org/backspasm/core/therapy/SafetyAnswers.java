package org.backspasm.core.therapy;

/**
 * The answers to the safety questions asked before the first ice or heat of an episode. A "yes" (a caution
 * applies) blocks that modality until the user changes it in Settings; a "no" is remembered for the episode it
 * was given in ({@code *ClearedFor} holds that episode's key), so the question comes back with a new episode.
 */
public record SafetyAnswers(boolean iceConcern, boolean heatConcern, String iceClearedFor, String heatClearedFor) {
    public static final SafetyAnswers NONE = new SafetyAnswers(false, false, null, null);

    public boolean blocked(Modality m) {
        return m == Modality.ICE ? iceConcern : heatConcern;
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
                ? new SafetyAnswers(cautionApplies, heatConcern, cleared, heatClearedFor)
                : new SafetyAnswers(iceConcern, cautionApplies, iceClearedFor, cleared);
    }

    /** The Settings switch: block, or unblock (then the question is asked again before the next use). */
    public SafetyAnswers withConcern(Modality m, boolean cautionApplies) {
        return m == Modality.ICE
                ? new SafetyAnswers(cautionApplies, heatConcern, null, heatClearedFor)
                : new SafetyAnswers(iceConcern, cautionApplies, iceClearedFor, null);
    }
}
