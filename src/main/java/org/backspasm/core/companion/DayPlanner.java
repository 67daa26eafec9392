package org.backspasm.core.companion;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.journal.StretchSessionRecord;
import org.backspasm.core.journal.TherapySegment;
import org.backspasm.core.journal.TherapySegmentRecord;
import org.backspasm.core.journal.WalkRecord;

/**
 * Works out today's plan from the episode's onset (if known), the journal and an instant: the stage by the time
 * since onset, and for each item how often the journal says it was done on today's local date. Pure: no clock.
 */
public final class DayPlanner {
    private DayPlanner() {
    }

    /**
     * @param onset the current episode's onset, or empty: then the plan is the one for the first days, without a
     *              day number
     * @param locale the language of the plan's words
     */
    public static DayPlan plan(Optional<Instant> onset, List<JournalEntry> entries, Instant now, ZoneId zone,
            java.util.Locale locale) {
        Duration since = onset.map(o -> Duration.between(o, now)).orElse(Duration.ZERO);
        if (since.isNegative()) {
            since = Duration.ZERO;
        }
        EpisodeStage stage = EpisodeStage.of(since);
        OptionalLong day = onset.isPresent() ? OptionalLong.of(EpisodeStage.dayNumber(since)) : OptionalLong.empty();
        Map<PlanItemKind, Integer> done = doneOn(entries, now.atZone(zone).toLocalDate(), now, zone);
        PlanWording words = new PlanWording(locale);
        List<PlanItem> items = words.items(stage).stream()
                .map(g -> new PlanItem(g.kind(), g.advice(), g.goal(), done.getOrDefault(g.kind(), 0)))
                .toList();
        return new DayPlan(day, stage, words.about(stage), items);
    }

    /**
     * How many of each kind of thing the journal holds for that local date (nothing later than now). The date's
     * first and last instants are worked out once, not each entry's date (five years are 100,000 entries).
     */
    static Map<PlanItemKind, Integer> doneOn(List<JournalEntry> entries, LocalDate date, Instant now, ZoneId zone) {
        Instant from = date.atStartOfDay(zone).toInstant();
        Instant until = date.plusDays(1).atStartOfDay(zone).toInstant();
        Map<PlanItemKind, Integer> done = new EnumMap<>(PlanItemKind.class);
        for (JournalEntry e : entries) {
            if (e.at().isAfter(now) || e.at().isBefore(from) || !e.at().isBefore(until)) {
                continue;
            }
            PlanItemKind kind = kindOf(e);
            if (kind != null) {
                done.merge(kind, 1, Integer::sum);
            }
        }
        return done;
    }

    /** Which plan item a journal entry ticks off, or null. */
    static PlanItemKind kindOf(JournalEntry e) {
        if (e instanceof WalkRecord) {
            return PlanItemKind.WALK;
        }
        if (e instanceof StretchSessionRecord) {
            return PlanItemKind.ROUTINE;
        }
        if (e instanceof PainRating) {
            return PlanItemKind.RATE_PAIN;
        }
        if (e instanceof TherapySegmentRecord t
                && (t.segment() == TherapySegment.APPLY_ICE || t.segment() == TherapySegment.APPLY_HEAT)) {
            return PlanItemKind.ICE_OR_HEAT;
        }
        return null;
    }
}
