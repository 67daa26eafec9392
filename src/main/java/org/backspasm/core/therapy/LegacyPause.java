package org.backspasm.core.therapy;

import java.time.ZoneId;
import org.backspasm.core.journal.TherapySegmentRecord;

/**
 * An older version let a pack be paused while on the skin. Such a stored run reads as "taken off at the pause
 * instant": the segment is journalled with its true time on the skin, the skin break starts then (or the session
 * ends, when that pack was the last), and the user is told. Nothing is lost.
 */
final class LegacyPause {
    /** The run to keep (null when the session ended), the segment to journal, and the sentence for the user. */
    record Resolved(TherapyRun run, TherapySegmentRecord record,
            java.util.function.Function<java.util.Locale, String> notice) {
    }

    private LegacyPause() {
    }

    /** Null when the run is not paused with a pack on. */
    static Resolved resolve(TherapyRun r, ZoneId zone) {
        if (r == null || !r.paused() || !r.kind().isApply()) {
            return null;
        }
        RunStatus s = r.statusAt(r.pausedAt());
        // the journal note is written once, on opening, before the window's language is handed over: in the
        // language the app set as the format default (the window's), else English
        java.util.Locale language = java.util.Locale.getDefault(java.util.Locale.Category.FORMAT);
        String time = TimeWords.clockTime(r.pausedAt(), zone, language);
        TherapySegmentRecord rec = NextStep.record(r, s, r.pausedAt(), org.backspasm.core.journal.SegmentOutcome.SKIPPED,
                org.backspasm.core.i18n.Messages.of(BoundaryAlerts.BUNDLE, language).text("note.legacy", time));
        boolean ice = s.kind().modality() == Modality.ICE;
        java.time.Instant at = r.pausedAt();
        java.util.function.Function<java.util.Locale, String> notice = l -> {
            var m = org.backspasm.core.i18n.Messages.of(BoundaryAlerts.BUNDLE, l);
            String when = TimeWords.clockTime(at, zone, l);
            return s.isLast() ? (ice ? m.text("legacy.iceLast", when) : m.text("legacy.heatLast", when))
                    : (ice ? m.text("legacy.ice", when) : m.text("legacy.heat", when));
        };
        return new Resolved(s.isLast() ? null : r.advance(r.pausedAt(), r.pausedAt()), rec, notice);
    }
}
