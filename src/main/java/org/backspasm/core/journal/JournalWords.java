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
            boolean note = !r.note().isEmpty();
            if (r.aroundActivity() && r.moment() == RatingMoment.BEFORE) {
                return note ? m.text("entry.painBeforeWithNote", r.score(), activity(r.activity(), m), r.note())
                        : m.text("entry.painBefore", r.score(), activity(r.activity(), m));
            }
            if (r.aroundActivity() && r.moment() == RatingMoment.AFTER) {
                return note ? m.text("entry.painAfterWithNote", r.score(), activity(r.activity(), m), r.note())
                        : m.text("entry.painAfter", r.score(), activity(r.activity(), m));
            }
            return note ? m.text("entry.painWithNote", r.score(), r.note()) : m.text("entry.pain", r.score());
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
        if (e instanceof WalkRecord w) {
            return w.minutes() == null ? m.text("entry.walk") : m.text("entry.walkMinutes", w.minutes());
        }
        if (e instanceof ProgressAnswer a) {
            return m.text("entry.progress", progress(a.answer(), m));
        }
        if (e instanceof ReminderDone d) {
            return switch (d.reminder()) {
                case "SITTING" -> m.text("entry.stoodUp");
                case "HYDRATION" -> m.text("entry.drink");
                default -> m.text("entry.reminderDone");
            };
        }
        throw new IllegalStateException("no words for a journal entry of kind " + e.getClass().getSimpleName());
    }

    private static String activity(RatedActivity a, Messages m) {
        return switch (a) {
            case ICE -> m.text("activity.ice");
            case HEAT -> m.text("activity.heat");
            case ROUTINE -> m.text("activity.routine");
            case WALK -> m.text("activity.walk");
            case UNKNOWN -> m.text("activity.unknown");
        };
    }

    /** The answer to "Compared with the start, is your back…?" in words. */
    public static String progress(Progress p, Locale locale) {
        return progress(p, Messages.of(BUNDLE, locale));
    }

    private static String progress(Progress p, Messages m) {
        return switch (p) {
            case MUCH_BETTER -> m.text("progress.muchBetter");
            case A_LITTLE_BETTER -> m.text("progress.aLittleBetter");
            case ABOUT_THE_SAME -> m.text("progress.aboutTheSame");
            case WORSE -> m.text("progress.worse");
            case UNKNOWN -> m.text("progress.unknown");
        };
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
