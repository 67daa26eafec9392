package org.backspasm.core.stretch;

/**
 * What the routine page says to check with a professional first, for the caution answers given (the words are the
 * screen's; {@link StretchAdvice#askFirstSources} has their sources).
 */
public enum AskFirst {
    /** A recent injury, fall or operation, and no clinician's go-ahead yet: see one, and check the warning signs. */
    INJURY_NOT_CLEARED,
    /** A recent injury, fall or operation, and a clinician has agreed to exercise: check again if anything changed. */
    INJURY_CLEARED,
    /** Osteoporosis: ask which stretches suit; what the routine leaves out or changes. */
    OSTEOPOROSIS,
    /** Pregnancy: ask the midwife or doctor; what the routine changes. */
    PREGNANCY
}
