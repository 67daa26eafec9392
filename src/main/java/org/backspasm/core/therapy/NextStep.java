package org.backspasm.core.therapy;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.backspasm.core.i18n.Messages;
import org.backspasm.core.journal.SegmentOutcome;
import org.backspasm.core.journal.TherapySegmentRecord;

/**
 * The "next" and "stop" commands as pure functions of the stored run and the instant: the result, the segment to
 * journal (if any), and the run to keep (null when the session ends).
 */
final class NextStep {
    /** {@code changed}: whether {@code run} replaces the stored run (false: nothing happened). */
    record Outcome(TherapySession.NextResult result, TherapySegmentRecord record, TherapyRun run, boolean changed) {
        static Outcome unchanged(TherapySession.NextResult result, TherapyRun r) {
            return new Outcome(result, null, r, false);
        }
    }

    private NextStep() {
    }

    /** What the next command does in the segment's current stage. */
    static TherapySession.NextAction action(RunStatus s) {
        return switch (s.stage()) {
            case PACK_OFF_DUE -> TherapySession.NextAction.PACK_OFF;
            case BREAK_OVER -> BoundaryAlerts.skinCheckDue(s) ? TherapySession.NextAction.SKIN_CHECK
                    : TherapySession.NextAction.START_NEXT;
            default -> s.kind().isApply() ? TherapySession.NextAction.SKIP_PACK
                    : TherapySession.NextAction.END_BREAK_EARLY;
        };
    }

    /** @param language the language of the journal note */
    static Outcome next(TherapyRun r, Instant now, boolean confirmed, Locale language) {
        Messages m = Messages.of(BoundaryAlerts.BUNDLE, language);
        RunStatus s = r.statusAt(now);
        if (s.kind().isApply()) {
            boolean due = s.stage() == SegmentStage.PACK_OFF_DUE;
            TherapySegmentRecord rec = record(r, s, now, due ? SegmentOutcome.COMPLETED : SegmentOutcome.SKIPPED, applyNote(r, s, due, now, m, language));
            if (s.isLast()) {
                return new Outcome(TherapySession.NextResult.FINISHED, rec, null, true);
            }
            return new Outcome(TherapySession.NextResult.MOVED, rec, r.advance(due ? s.endsAt() : now, now), true);
        }
        if (s.stage() == SegmentStage.BREAK_OVER) {
            boolean check = BoundaryAlerts.skinCheckDue(s);
            if (check && !confirmed) {
                return Outcome.unchanged(TherapySession.NextResult.NEEDS_CONFIRMATION, r);
            }
            String paused = pausedNote(r, now, m, language);
            String note = !check ? paused : paused.isEmpty() ? m.text("note.skinCheck", s.round())
                    : m.text("note.skinCheckPaused", s.round(), paused);
            return new Outcome(TherapySession.NextResult.MOVED, record(r, s, s.endsAt(), SegmentOutcome.COMPLETED, note),
                    r.advance(s.endsAt(), now), true);
        }
        if (!confirmed) {
            return Outcome.unchanged(TherapySession.NextResult.NEEDS_CONFIRMATION, r);
        }
        TherapySegmentRecord rec = record(r, s, now, SegmentOutcome.SKIPPED, m.text("note.breakEndedEarly",
                TimeWords.minutes(s.elapsed(), language), TimeWords.minutes(s.planned(), language)));
        return new Outcome(TherapySession.NextResult.MOVED, rec, r.advance(r.endsAt(now), now), true);
    }

    /** Stops the session; the current segment is journalled (completed if its time was up, else stopped early). */
    static Outcome stop(TherapyRun r, Instant now, Locale language) {
        Messages m = Messages.of(BoundaryAlerts.BUNDLE, language);
        RunStatus s = r.statusAt(now);
        boolean done = s.stage() == SegmentStage.PACK_OFF_DUE || s.stage() == SegmentStage.BREAK_OVER;
        Instant end = s.stage() == SegmentStage.BREAK_OVER ? s.endsAt() : now;
        String note = s.kind().isApply() ? applyNote(r, s, done, now, m, language) : pausedNote(r, now, m, language);
        TherapySegmentRecord rec = record(r, s, end, done ? SegmentOutcome.COMPLETED : SegmentOutcome.STOPPED_EARLY,
                note.isEmpty() ? m.text("note.stopped") : m.text("note.stoppedWith", note));
        return new Outcome(TherapySession.NextResult.FINISHED, rec, null, true);
    }

    private static String applyNote(TherapyRun r, RunStatus s, boolean due, Instant now, Messages m, Locale l) {
        if (due && s.over().toMinutes() >= 1) {
            return m.text("note.longer", TimeWords.minutes(s.over(), l));
        }
        return pausedNote(r, now, m, l);
    }

    private static String pausedNote(TherapyRun r, Instant now, Messages m, Locale l) {
        Duration p = r.pausedUntil(now);
        return p.toMinutes() >= 1 ? m.text("note.paused", TimeWords.minutes(p, l)) : "";
    }

    static TherapySegmentRecord record(TherapyRun r, RunStatus s, Instant ended, SegmentOutcome outcome, String note) {
        Instant plannedEnd = r.segmentDueAt().plus(s.planned());
        // never before its start, which a journal line may not be (a clock set back is rebased before this)
        Instant end = r.segmentStart() != null && ended.isBefore(r.segmentStart()) ? r.segmentStart() : ended;
        return new TherapySegmentRecord(end, TherapyRecords.mode(r.plan().mode()), TherapyRecords.segment(s.kind()), s.round(),
                r.segmentDueAt(), plannedEnd, r.segmentStart(), end, outcome, note);
    }
}
