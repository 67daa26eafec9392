package org.backspasm.core.companion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import static java.util.Locale.UK;
import java.util.OptionalLong;
import org.backspasm.core.content.SourceRegistry;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.journal.SegmentOutcome;
import org.backspasm.core.journal.StretchOutcome;
import org.backspasm.core.journal.StretchSessionRecord;
import org.backspasm.core.journal.TherapyMode;
import org.backspasm.core.journal.TherapySegment;
import org.backspasm.core.journal.TherapySegmentRecord;
import org.backspasm.core.journal.WalkRecord;
import org.backspasm.core.journal.WalkSource;
import org.junit.jupiter.api.Test;

/** The day plan by stage (CLINICAL-FACTS 6) and its tick-off from today's journal. */
class DayPlannerTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Madrid");
    private static final Instant ONSET = Instant.parse("2026-11-01T10:00:00Z");

    private static DayPlan at(Duration since, List<JournalEntry> journal) {
        return DayPlanner.plan(Optional.of(ONSET), journal, ONSET.plus(since), ZONE, UK);
    }

    private static List<PlanItemKind> kinds(DayPlan p) {
        return p.items().stream().map(PlanItem::kind).toList();
    }

    @Test
    void eachStageHasItsDayNumberAndItsItems() {
        List<PlanItemKind> all = List.of(PlanItemKind.ICE_OR_HEAT, PlanItemKind.WALK, PlanItemKind.ROUTINE,
                PlanItemKind.RATE_PAIN);
        DayPlan first = at(Duration.ofHours(5), List.of());
        assertEquals(OptionalLong.of(1), first.day());
        assertEquals(EpisodeStage.DAYS_1_2, first.stage());
        assertEquals(all, kinds(first));
        assertTrue(first.about().text().contains("stay out of bed beyond a day or two"), first.about().text());
        assertEquals(EpisodeStage.DAYS_1_2, at(Duration.ofHours(47), List.of()).stage());
        DayPlan day4 = at(Duration.ofDays(3).plusHours(2), List.of());
        assertEquals(OptionalLong.of(4), day4.day());
        assertEquals(EpisodeStage.FIRST_WEEK, day4.stage());
        assertEquals(all, kinds(day4));
        assertEquals(EpisodeStage.WEEKS_2_TO_6, at(Duration.ofDays(7), List.of()).stage());
        assertEquals(OptionalLong.of(8), at(Duration.ofDays(7), List.of()).day());
        assertEquals(EpisodeStage.WEEKS_2_TO_6, at(Duration.ofDays(41), List.of()).stage());
        assertEquals(EpisodeStage.AFTER_6_WEEKS, at(Duration.ofDays(42), List.of()).stage());
        assertEquals(EpisodeStage.AFTER_6_WEEKS, at(Duration.ofDays(84), List.of()).stage());
        DayPlan late = at(Duration.ofDays(85), List.of());
        assertEquals(EpisodeStage.AFTER_12_WEEKS, late.stage());
        assertEquals(List.of(PlanItemKind.WALK, PlanItemKind.ROUTINE, PlanItemKind.RATE_PAIN), kinds(late),
                "short spells of ice or heat are not the plan past 12 weeks");
        assertTrue(at(Duration.ofDays(3), List.of()).items().get(1).advice().text().contains("5–10 minutes"));
    }

    @Test
    void withoutAnOnsetThePlanIsTheOneForTheFirstDaysWithoutADayNumber() {
        DayPlan p = DayPlanner.plan(Optional.empty(), List.of(), ONSET, ZONE, UK);
        assertTrue(p.withoutOnset());
        assertEquals(EpisodeStage.DAYS_1_2, p.stage());
        assertEquals(4, p.items().size());
    }

    @Test
    void everyPieceOfAdviceHasKnownSources() throws Exception {
        SourceRegistry registry = SourceRegistry.loadDefault();
        for (long d = 0; d <= 90; d++) {
            DayPlan p = at(Duration.ofDays(d), List.of());
            List<Sourced> said = new ArrayList<>(List.of(p.about()));
            p.items().forEach(i -> said.add(i.advice()));
            for (Sourced s : said) {
                for (String id : s.sources()) {
                    assertTrue(registry.has(id), id + " in " + s.text());
                }
            }
        }
    }

    @Test
    void itemsTickThemselvesOffFromTodaysJournal() {
        Duration since = Duration.ofDays(3).plusHours(2); // 12:00 in Madrid
        Instant now = ONSET.plus(since);
        List<JournalEntry> journal = new ArrayList<>();
        journal.add(new WalkRecord(now.minus(Duration.ofDays(1)), 10, WalkSource.I_WALKED)); // yesterday
        journal.add(new PainRating(now.plus(Duration.ofMinutes(5)), 4, "", "")); // not yet
        DayPlan none = at(since, journal);
        assertFalse(none.items().stream().anyMatch(PlanItem::done));
        assertEquals(0, none.items().get(1).doneToday());

        journal.add(new WalkRecord(now.minus(Duration.ofHours(2)), null, WalkSource.REMINDER_DONE));
        journal.add(new WalkRecord(now.minus(Duration.ofHours(1)), 5, WalkSource.I_WALKED));
        journal.add(new PainRating(now.minus(Duration.ofHours(1)), 5, "", ""));
        journal.add(new StretchSessionRecord(now.minus(Duration.ofMinutes(30)), "gentle", "Gentle relief",
                now.minus(Duration.ofMinutes(40)), StretchOutcome.COMPLETED, List.of(), null, null, null));
        journal.add(segment(now.minus(Duration.ofMinutes(20)), TherapySegment.SKIN_BREAK));
        DayPlan some = at(since, journal);
        assertEquals(List.of(false, false, true, true), some.items().stream().map(PlanItem::done).toList());
        assertEquals(2, some.items().get(1).doneToday());
        assertEquals(3, some.items().get(1).goal());

        journal.add(segment(now.minus(Duration.ofMinutes(10)), TherapySegment.APPLY_HEAT));
        journal.add(new WalkRecord(now, null, WalkSource.UNKNOWN));
        assertTrue(at(since, journal).allDone());
    }

    @Test
    void todayIsTheLocalDate() {
        Instant now = Instant.parse("2026-11-05T23:30:00Z"); // 00:30 on the 6th in Madrid
        List<JournalEntry> journal = List.of(new PainRating(Instant.parse("2026-11-05T23:10:00Z"), 4, "", ""));
        DayPlan p = DayPlanner.plan(Optional.of(ONSET), journal, now, ZONE, UK);
        assertEquals(1, p.items().get(3).doneToday(), "23:10 UTC is already the 6th in Madrid");
    }

    private static TherapySegmentRecord segment(Instant end, TherapySegment s) {
        return new TherapySegmentRecord(end, TherapyMode.HEAT, s, 1, end.minus(Duration.ofMinutes(20)), end,
                end.minus(Duration.ofMinutes(20)), end, SegmentOutcome.COMPLETED, "");
    }

    @Test
    void todayIsTheLocalDateFromItsFirstInstantToItsLastEvenOnTheDayTheClocksGoBack() {
        // Madrid, 25 October 2026: 25 hours, 00:00 is 22:00Z the day before, midnight after is 23:00Z
        Instant now = Instant.parse("2026-10-25T22:59:59Z");
        List<JournalEntry> journal = List.of(
                new PainRating(Instant.parse("2026-10-24T21:59:59Z"), 4, null, null), // 23:59:59 the day before
                new PainRating(Instant.parse("2026-10-24T22:00:00Z"), 4, null, null), // 00:00 that day
                new PainRating(Instant.parse("2026-10-25T01:30:00Z"), 4, null, null), // the repeated hour
                new PainRating(Instant.parse("2026-10-25T22:59:59Z"), 4, null, null), // 23:59:59, now
                new PainRating(Instant.parse("2026-10-25T23:00:00Z"), 4, null, null)); // the next day, later than now
        assertEquals(3, DayPlanner.doneOn(journal, java.time.LocalDate.of(2026, 10, 25), now, ZONE)
                .get(PlanItemKind.RATE_PAIN));
        assertEquals(2, DayPlanner.doneOn(journal, java.time.LocalDate.of(2026, 10, 25),
                Instant.parse("2026-10-25T01:30:00Z"), ZONE).get(PlanItemKind.RATE_PAIN), "nothing later than now");
    }
}
