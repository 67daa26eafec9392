package org.backspasm.core.therapy;

import org.backspasm.core.journal.TherapyMode;
import org.backspasm.core.journal.TherapySegment;

/** The journal's names for a plan's mode and a segment's kind (a new constant here fails to compile until mapped). */
final class TherapyRecords {
    private TherapyRecords() {
    }

    static TherapyMode mode(Mode m) {
        return switch (m) {
            case ICE -> TherapyMode.ICE;
            case HEAT -> TherapyMode.HEAT;
            case ALTERNATING -> TherapyMode.ALTERNATING;
        };
    }

    static TherapySegment segment(SegmentKind k) {
        return switch (k) {
            case APPLY_ICE -> TherapySegment.APPLY_ICE;
            case APPLY_HEAT -> TherapySegment.APPLY_HEAT;
            case SKIN_BREAK -> TherapySegment.SKIN_BREAK;
        };
    }
}
