package org.backspasm.core.companion;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.journal.RatedActivity;
import org.backspasm.core.journal.RatingMoment;
import org.backspasm.core.journal.StretchOutcome;
import org.backspasm.core.journal.StretchSessionRecord;
import org.backspasm.core.journal.WalkRecord;

/**
 * "What helps you": the user's own pain ratings before and after ice, heat, a routine and a walk, paired and summed
 * up per activity. Each "after" rating is paired with the latest unpaired "before" rating of the same activity in
 * the {@link #PAIR_WITHIN} before it; a rating without its partner is left out. Never proof that something worked:
 * pain often eases with time anyway ({@link #CAUTION_SOURCES}).
 */
public final class WhatHelps {
    public static final Duration PAIR_WITHIN = Duration.ofHours(3);
    /** How recent a record must be to count as the end of an activity the user just did. */
    public static final Duration JUST_NOW = Duration.ofMinutes(10);
    /**
     * The sources of the caution the "What helps you" card shows (its words are in the {@code whathelps} bundle):
     * your own record, not proof; pain often eases with time anyway; about 2 points or 30 % is "much better".
     */
    public static final List<String> CAUTION_SOURCES = List.of("FARRAR2001");

    private WhatHelps() {
    }

    /** One summary per activity that has at least one pair, in the order of {@link RatedActivity}. */
    public static List<ActivitySummary> summarise(List<JournalEntry> entries) {
        List<PainRating> around = new ArrayList<>();
        for (JournalEntry e : entries) {
            if (e instanceof PainRating r && r.aroundActivity() && r.activity() != RatedActivity.UNKNOWN) {
                around.add(r);
            }
        }
        around.sort(Comparator.comparing(PainRating::at));
        Map<RatedActivity, List<PainRating>> open = new EnumMap<>(RatedActivity.class);
        Map<RatedActivity, List<RatingPair>> pairs = new EnumMap<>(RatedActivity.class);
        for (PainRating r : around) {
            List<PainRating> waiting = open.computeIfAbsent(r.activity(), a -> new ArrayList<>());
            if (r.moment() == RatingMoment.BEFORE) {
                waiting.add(r);
            } else if (r.moment() == RatingMoment.AFTER) {
                PainRating before = latestWithin(waiting, r);
                if (before != null) {
                    waiting.remove(before);
                    pairs.computeIfAbsent(r.activity(), a -> new ArrayList<>()).add(new RatingPair(r.activity(),
                            before.at(), before.score(), r.at(), r.score()));
                }
            }
        }
        List<ActivitySummary> out = new ArrayList<>();
        pairs.forEach((activity, list) -> out.add(new ActivitySummary(activity, list,
                Median.of(list.stream().map(RatingPair::change).toList()))));
        return out;
    }

    /**
     * The "before" rating of this activity still waiting for its "after" at {@code now}: the latest one in the
     * {@link #PAIR_WITHIN} before now with no "after" of the same activity since. An "after" given now would pair with
     * it; without one there is no point in asking for an "after".
     */
    public static Optional<PainRating> openBefore(List<JournalEntry> entries, RatedActivity activity, Instant now) {
        PainRating latest = null;
        for (JournalEntry e : entries) {
            if (e instanceof PainRating r && r.activity() == activity && r.moment() == RatingMoment.BEFORE
                    && !r.at().isAfter(now) && Duration.between(r.at(), now).compareTo(PAIR_WITHIN) <= 0
                    && (latest == null || r.at().isAfter(latest.at()))) {
                latest = r;
            }
        }
        return latest == null || closed(entries, activity, latest, now) ? Optional.empty() : Optional.of(latest);
    }

    private static boolean closed(List<JournalEntry> entries, RatedActivity activity, PainRating before, Instant now) {
        for (JournalEntry e : entries) {
            if (e instanceof PainRating r && r.activity() == activity && r.moment() == RatingMoment.AFTER
                    && !r.at().isBefore(before.at()) && !r.at().isAfter(now)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The activity an entry just written ends, if it ends one: a walk, or a routine that was not stopped for pain
     * (that stop asks for its own score). Only an entry from the last few minutes counts: one merged in from
     * another copy of the journal ends nothing here.
     */
    public static Optional<RatedActivity> endedBy(JournalEntry e, Instant now) {
        if (Duration.between(e.at(), now).abs().compareTo(JUST_NOW) > 0) {
            return Optional.empty();
        }
        if (e instanceof WalkRecord) {
            return Optional.of(RatedActivity.WALK);
        }
        if (e instanceof StretchSessionRecord r && r.outcome() != StretchOutcome.STOPPED_FOR_PAIN) {
            return Optional.of(RatedActivity.ROUTINE);
        }
        return Optional.empty();
    }

    private static PainRating latestWithin(List<PainRating> waiting, PainRating after) {
        for (int i = waiting.size() - 1; i >= 0; i--) {
            PainRating b = waiting.get(i);
            if (!b.at().isAfter(after.at()) && Duration.between(b.at(), after.at()).compareTo(PAIR_WITHIN) <= 0) {
                return b;
            }
        }
        return null;
    }
}
