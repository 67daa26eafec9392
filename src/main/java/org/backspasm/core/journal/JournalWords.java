package org.backspasm.core.journal;

import java.time.Duration;
import java.util.Locale;
import org.backspasm.core.i18n.Messages;

/** The journal's words (bundle {@code journal}): a line for each kind of entry, and the names inside it. */
public final class JournalWords {
    public static final String BUNDLE = "journal";

    private JournalWords() {
    }

    static String summary(JournalEntry e, Locale locale) {
        Messages m = Messages.of(BUNDLE, locale);
        if (e instanceof PainRating r) {
            if (r.aroundActivity()) {
                return r.summary(); // a rating around an activity: its own English line (not yet in the bundle)
            }
            return r.note().isEmpty() ? m.text("entry.pain", r.score()) : m.text("entry.painWithNote", r.score(), r.note());
        }
        if (e instanceof EpisodeEvent ev) {
            return ev.kind() == EpisodeEvent.Kind.STARTED ? m.text("entry.episodeStarted") : m.text("entry.episodeEnded");
        }
        if (e instanceof TherapySegmentRecord r) {
            long minutes = r.actualStart() == null || r.actualEnd() == null
                    ? 0 : Math.max(0, Duration.between(r.actualStart(), r.actualEnd()).toMinutes());
            return m.text("entry.therapy", segment(r.segment(), m), minutes, outcome(r.outcome(), m));
        }
        if (e instanceof StretchSessionRecord r) {
            return m.text("entry.stretches", r.routineName(), stretchOutcome(r, m));
        }
        if (e instanceof WarningSignCheckRecord c) {
            return m.text("entry.check", level(c.level(), locale));
        }
        return e.summary(); // a kind added later writes its own line (each such record overrides summary())
    }

    /** A check's result in words, as the journal and the doctor's summary write it. */
    public static String level(CheckLevel level, Locale locale) {
        Messages m = Messages.of(BUNDLE, locale);
        return switch (level) {
            case NONE -> m.text("level.none");
            case BOOK -> m.text("level.book");
            case URGENT -> m.text("level.urgent");
            case EMERGENCY -> m.text("level.emergency");
            case UNKNOWN -> m.text("level.unknown");
        };
    }

    private static String segment(TherapySegment s, Messages m) {
        return switch (s) {
            case APPLY_ICE -> m.text("segment.ice");
            case APPLY_HEAT -> m.text("segment.heat");
            case SKIN_BREAK -> m.text("segment.skinBreak");
            case UNKNOWN -> m.text("segment.unknown");
        };
    }

    private static String outcome(SegmentOutcome o, Messages m) {
        return switch (o) {
            case COMPLETED -> m.text("outcome.completed");
            case SKIPPED -> m.text("outcome.skipped");
            case STOPPED_EARLY -> m.text("outcome.stoppedEarly");
            case UNKNOWN -> m.text("outcome.ended");
        };
    }

    private static String stretchOutcome(StretchSessionRecord r, Messages m) {
        return switch (r.outcome()) {
            case COMPLETED -> m.text("stretch.completed");
            case STOPPED_FOR_PAIN -> r.painScore() == null ? m.text("stretch.stoppedForPain")
                    : m.text("stretch.stoppedForPainScore", r.painScore());
            case STOPPED, UNKNOWN -> m.text("stretch.stopped");
        };
    }
}
