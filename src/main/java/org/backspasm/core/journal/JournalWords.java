package org.backspasm.core.journal;

import java.time.Duration;
import java.util.Locale;
import org.backspasm.core.i18n.Messages;

/** The journal's words (bundle {@code journal}): a line for each kind of entry, and the names inside it. */
public final class JournalWords {
    public static final String BUNDLE = "journal";
    /** The bundle of "What helps you" (the ratings around an activity, their bar and card). */
    public static final String AROUND = "whathelps";

    private JournalWords() {
    }

    static String summary(JournalEntry e, Locale locale) {
        Messages m = Messages.of(BUNDLE, locale);
        if (e instanceof PainRating r) {
            if (r.aroundActivity()) {
                return around(r, Messages.of(AROUND, locale));
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

    /** "Pain 6/10 before ice", "Pain 4/10 after a walk". */
    private static String around(PainRating r, Messages m) {
        int s = r.score();
        if (r.moment() == RatingMoment.BEFORE) {
            return switch (r.activity()) {
                case ICE -> m.text("entry.before.ice", s);
                case HEAT -> m.text("entry.before.heat", s);
                case ROUTINE -> m.text("entry.before.routine", s);
                case WALK -> m.text("entry.before.walk", s);
                case UNKNOWN -> m.text("entry.around", s);
            };
        }
        if (r.moment() == RatingMoment.AFTER) {
            return switch (r.activity()) {
                case ICE -> m.text("entry.after.ice", s);
                case HEAT -> m.text("entry.after.heat", s);
                case ROUTINE -> m.text("entry.after.routine", s);
                case WALK -> m.text("entry.after.walk", s);
                case UNKNOWN -> m.text("entry.around", s);
            };
        }
        return m.text("entry.around", s);
    }

    /** An activity's name, as the "What helps you" card heads its row. */
    public static String activity(RatedActivity a, Locale locale) {
        Messages m = Messages.of(AROUND, locale);
        return switch (a) {
            case ICE -> m.text("activity.ice");
            case HEAT -> m.text("activity.heat");
            case ROUTINE -> m.text("activity.routine");
            case WALK -> m.text("activity.walk");
            case UNKNOWN -> m.text("activity.unknown");
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
