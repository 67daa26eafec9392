package org.backspasm.core.companion;

/**
 * The answer to "Has a doctor told you to limit how much you drink?", asked before the hydration reminder can be
 * switched on (CLINICAL-FACTS section 2: people on fluid limits ask their doctor first).
 */
public enum FluidLimit {
    NOT_ASKED, NO_LIMIT, HAS_LIMIT
}
