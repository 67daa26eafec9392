package org.backspasm.core.companion;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.journal.RatedActivity;
import org.backspasm.core.journal.RatingMoment;

/**
 * "What helps you": the user's own pain ratings before and after ice, heat, a routine and a walk, paired and summed
 * up per activity. Each "after" rating is paired with the latest unpaired "before" rating of the same activity in
 * the {@link #PAIR_WITHIN} before it; a rating without its partner is left out. Never proof that something worked:
 * pain often eases with time anyway ({@link #CAUTION}).
 */
public final class WhatHelps {
    public static final Duration PAIR_WITHIN = Duration.ofHours(3);
    public static final Sourced CAUTION = Sourced.of("This is your own record, not proof: pain often eases with "
            + "time anyway, whatever you do. A fall of about 2 points or 30 % is what people usually call much "
            + "better.", "FARRAR2001");

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
