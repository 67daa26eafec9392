package org.backspasm.core.companion;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.journal.Progress;
import org.backspasm.core.journal.ProgressAnswer;

/**
 * Which follow-up card Today shows, from the episode's onset, the user's own ratings and answers, and an instant
 * (CLINICAL-FACTS 6, "Not improving" and "Reading pain ratings"). At most one card, the one for the latest mark:
 * <ul>
 * <li>from 7 days: "Not better after a week" when the pain lately has not fallen by about 2 points or 30 % from the
 * first days ({@link RatingTrend}); without ratings to compare, when the answer of the last week to "Compared with
 * the start, is your back…?" is "about the same" or "worse"; without such an answer, the question itself;</li>
 * <li>from 6 weeks, and strictly over 12 weeks: the matching card while the pain is still there (the latest rating
 * of the last week above 0; without one, the episode is still open, which says it is not over).</li>
 * </ul>
 * A card put away with "Not now" stays away for a week ({@link FollowUpDismissals}).
 */
public final class FollowUp {
    /** How long an answer to the question counts before it is asked again. */
    public static final Duration ANSWER_COUNTS = Duration.ofDays(7);
    /** How recent a rating must be to say whether the pain is still there. */
    public static final Duration STILL_THERE = Duration.ofDays(7);

    private FollowUp() {
    }

    /** @param locale the language of the card's words */
    public static Optional<FollowUpCard> card(Instant onset, List<JournalEntry> entries, Instant now, ZoneId zone,
            FollowUpDismissals dismissals, java.util.Locale locale) {
        Optional<FollowUpCard> card = due(onset, entries, now, zone, new FollowUpWording(locale));
        return card.filter(c -> !dismissals.hidden(c.kind(), onset, now));
    }

    /**
     * True when a follow-up card is due now for this episode (before "Not now"): Today then says "not better after a
     * week" (or 6 or 12 weeks) through that one card, and the warning-sign check's own episode offers stay quiet.
     */
    public static boolean covers(Instant onset, List<JournalEntry> entries, Instant now, ZoneId zone) {
        return due(onset, entries, now, zone, new FollowUpWording(java.util.Locale.UK)).isPresent();
    }

    /** The card due now, before dismissals. */
    static Optional<FollowUpCard> due(Instant onset, List<JournalEntry> entries, Instant now, ZoneId zone,
            FollowUpWording words) {
        Duration since = Duration.between(onset, now);
        EpisodeStage stage = EpisodeStage.of(since);
        long day = EpisodeStage.dayNumber(since);
        if (stage == EpisodeStage.AFTER_12_WEEKS || stage == EpisodeStage.AFTER_6_WEEKS) {
            return stillThere(onset, entries, now, zone, day, words).map(why -> stage == EpisodeStage.AFTER_12_WEEKS
                    ? words.twelveWeeks(why) : words.sixWeeks(why));
        }
        if (stage != EpisodeStage.WEEKS_2_TO_6) {
            return Optional.empty();
        }
        Optional<RatingTrend> trend = RatingTrend.of(onset, entries, now);
        if (trend.isPresent()) {
            RatingTrend t = trend.get();
            return t.fallen() ? Optional.empty() : Optional.of(words.oneWeek(words.notFallen(day, t)));
        }
        Optional<ProgressAnswer> answer = latestAnswer(onset, entries, now);
        if (answer.isEmpty()) {
            return Optional.of(words.ask(day));
        }
        Progress p = answer.get().answer();
        return p.notBetter() ? Optional.of(words.oneWeek(words.answered(day, p)))
                : Optional.empty();
    }

    /** Why the pain counts as still there, or empty when the latest rating of the last week is 0. */
    private static Optional<String> stillThere(Instant onset, List<JournalEntry> entries, Instant now, ZoneId zone,
            long day, FollowUpWording words) {
        Optional<PainRating> latest = RatingTrend.latest(onset, entries, now, STILL_THERE);
        if (latest.isEmpty()) {
            return Optional.of(words.stillOpen(day));
        }
        PainRating r = latest.get();
        return r.score() == 0 ? Optional.empty()
                : Optional.of(words.stillRated(day, r.score(), r.at().atZone(zone).toLocalDate()));
    }

    /** The latest known answer to the question in the last week of this episode. */
    static Optional<ProgressAnswer> latestAnswer(Instant onset, List<JournalEntry> entries, Instant now) {
        ProgressAnswer latest = null;
        for (JournalEntry e : entries) {
            if (e instanceof ProgressAnswer a && a.answer() != Progress.UNKNOWN && !a.at().isBefore(onset)
                    && !a.at().isAfter(now) && a.at().isAfter(now.minus(ANSWER_COUNTS))
                    && (latest == null || !a.at().isBefore(latest.at()))) {
                latest = a;
            }
        }
        return Optional.ofNullable(latest);
    }
}
