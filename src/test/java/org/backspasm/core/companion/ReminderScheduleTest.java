package org.backspasm.core.companion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reminder schedule on the days people have: the default times, answers, gaps, alarms and quiet hours. */
class ReminderScheduleTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final ReminderSettings DEFAULTS = ReminderSettings.DEFAULTS;

    private ReminderState state = ReminderState.EMPTY;
    private Instant now = Instant.parse("2026-03-10T07:00:00Z"); // 07:00 in London, in quiet hours
    private List<ReminderSchedule.Busy> busy = List.of();
    private boolean hold;

    private ReminderSchedule.Outcome look(ReminderSettings s) {
        ReminderSchedule.Outcome o = ReminderSchedule.observe(s, state,
                new ReminderSchedule.Context(now, ZONE, true, null, busy, hold));
        state = o.state();
        return o;
    }

    /** Runs until {@code until} with a look every 30 s, as the app's alarm wakes; returns what showed. */
    private List<Reminder> runUntil(ReminderSettings s, String until) {
        Instant end = Instant.parse(until);
        java.util.ArrayList<Reminder> shown = new java.util.ArrayList<>();
        while (!now.isAfter(end)) {
            ReminderSchedule.Outcome o = look(s);
            if (o.show() != null) {
                shown.add(o.show());
                state = ReminderSchedule.close(state, now);
            }
            now = now.plusSeconds(30);
        }
        return shown;
    }

    @Test
    void theDefaultDayHasThreeWalksTheRoutineAndTheRatingNoneInQuietHours() {
        List<Reminder> day = runUntil(DEFAULTS, "2026-03-11T07:59:00Z");
        assertEquals(List.of("ROUTINE 10:00", "WALK 11:15", "WALK 14:30", "WALK 17:45", "PAIN_RATING 19:00"),
                day.stream().map(r -> r.kind() + " " + r.shownAt().atZone(ZONE).toLocalTime()).toList());
    }

    @Test
    void noEpisodeMeansNoWalkRoutineOrRatingButLongSittingRuns() {
        ReminderSettings s = DEFAULTS.withSittingMinutes(45);
        ReminderSchedule.Outcome first = ReminderSchedule.observe(s, state,
                new ReminderSchedule.Context(now, ZONE, false, now, busy, false));
        state = first.state();
        now = Instant.parse("2026-03-10T08:00:00Z");
        java.util.ArrayList<Reminder> shown = new java.util.ArrayList<>();
        for (int i = 0; i < 2 * 60 * 4; i++) {
            ReminderSchedule.Outcome o = ReminderSchedule.observe(s, state,
                    new ReminderSchedule.Context(now, ZONE, false, Instant.parse("2026-03-10T08:00:00Z"), busy, false));
            state = o.state();
            if (o.show() != null) {
                shown.add(o.show());
                state = ReminderSchedule.close(state, now);
            }
            now = now.plusSeconds(30);
        }
        assertEquals(List.of("SITTING 08:45", "SITTING 09:30", "SITTING 10:15", "SITTING 11:00", "SITTING 11:45"),
                shown.stream().map(r -> r.kind() + " " + r.shownAt().atZone(ZONE).toLocalTime()).toList());
    }

    @Test
    void aSnoozeBringsTheSameReminderBackAndRestOfTodayEndsTheKindForTheDay() {
        runUntil(DEFAULTS, "2026-03-10T11:14:30Z");
        now = Instant.parse("2026-03-10T11:15:00Z");
        Reminder walk = look(DEFAULTS).show();
        assertEquals(ReminderKind.WALK, walk.kind());
        state = ReminderSchedule.snooze(DEFAULTS, state, now, ZONE, ReminderSchedule.Snooze.TEN_MINUTES);
        now = now.plus(Duration.ofMinutes(9));
        assertNull(look(DEFAULTS).show());
        now = now.plus(Duration.ofMinutes(1));
        Reminder again = look(DEFAULTS).show();
        assertEquals(walk.dueAt(), again.dueAt(), "the same walk, snoozed");
        state = ReminderSchedule.snooze(DEFAULTS, state, now, ZONE, ReminderSchedule.Snooze.REST_OF_TODAY);
        List<Reminder> rest = runUntil(DEFAULTS, "2026-03-10T20:59:00Z");
        assertTrue(rest.stream().noneMatch(r -> r.kind() == ReminderKind.WALK), rest.toString());
        assertTrue(rest.stream().anyMatch(r -> r.kind() == ReminderKind.PAIN_RATING));
    }

    @Test
    void afterASleepOneCatchUpStandsForEverythingMissed() {
        runUntil(DEFAULTS, "2026-03-10T09:00:00Z");
        now = Instant.parse("2026-03-10T15:00:00Z"); // asleep from 09:00: routine 10:00, walks 11:15 and 14:30
        Reminder r = look(DEFAULTS).show();
        assertEquals(ReminderKind.WALK, r.kind());
        assertTrue(r.catchUp());
        assertEquals(Instant.parse("2026-03-10T14:30:00Z"), r.dueAt());
        state = ReminderSchedule.close(state, now);
        List<Reminder> after = runUntil(DEFAULTS, "2026-03-10T17:40:00Z");
        assertEquals(List.of(), after, "nothing missed comes after the catch-up");
    }

    @Test
    void anAppClosedOvernightBringsNoCatchUpFromYesterday() {
        runUntil(DEFAULTS, "2026-03-10T12:00:00Z");
        now = Instant.parse("2026-03-11T08:30:00Z");
        assertNull(look(DEFAULTS).show());
    }

    @Test
    void anIceAlarmDueHoldsTheReminderBackUntilItIsDealtWith() {
        runUntil(DEFAULTS, "2026-03-10T11:10:00Z");
        busy = List.of(new ReminderSchedule.Busy(Instant.parse("2026-03-10T11:13:00Z"), null));
        assertEquals(List.of(), runUntil(DEFAULTS, "2026-03-10T11:40:00Z"));
        busy = List.of();
        Reminder r = look(DEFAULTS).show();
        assertEquals(ReminderKind.WALK, r.kind());
        assertFalse(r.catchUp());
    }

    @Test
    void heldBackWhileDoNotDisturbThenShownOnce() {
        runUntil(DEFAULTS, "2026-03-10T09:50:00Z");
        hold = true;
        assertEquals(List.of(), runUntil(DEFAULTS, "2026-03-10T14:40:00Z")); // routine 10:00, walks 11:15, 14:30
        hold = false;
        List<Reminder> after = runUntil(DEFAULTS, "2026-03-10T17:40:00Z");
        assertEquals(1, after.size(), after.toString());
        assertFalse(after.get(0).catchUp(), "the user was there: not \"while you were away\"");
    }

    @Test
    void quietHoursAcrossMidnightAndARoutineTimeInsideThemIsNeverUsed() {
        ReminderSettings night = DEFAULTS.withQuietHours(LocalTime.of(1, 0), LocalTime.of(10, 0))
                .withRoutineTimes(List.of(LocalTime.of(9, 0), LocalTime.of(23, 30)));
        List<Reminder> day = runUntil(night, "2026-03-11T09:59:00Z");
        assertEquals(List.of("WALK 13:45", "WALK 17:30", "PAIN_RATING 19:00", "WALK 21:15", "ROUTINE 23:30"),
                day.stream().map(r -> r.kind() + " " + r.shownAt().atZone(ZONE).toLocalTime()).toList());
    }

    @Test
    void hydrationCannotBeSwitchedOnWithAFluidLimitOrUnasked() {
        assertFalse(DEFAULTS.withOn(ReminderKind.HYDRATION, true).on(ReminderKind.HYDRATION));
        ReminderSettings limit = DEFAULTS.withFluidLimit(FluidLimit.HAS_LIMIT).withOn(ReminderKind.HYDRATION, true);
        assertFalse(limit.on(ReminderKind.HYDRATION));
        ReminderSettings ok = DEFAULTS.withFluidLimit(FluidLimit.NO_LIMIT).withOn(ReminderKind.HYDRATION, true);
        assertTrue(ok.on(ReminderKind.HYDRATION));
        assertFalse(ok.withFluidLimit(FluidLimit.HAS_LIMIT).on(ReminderKind.HYDRATION), "a limit told later ends it");
    }

    @Test
    void upcomingNamesTheNextReminder() {
        look(DEFAULTS);
        ReminderSchedule.Upcoming u = ReminderSchedule.upcoming(DEFAULTS, state,
                new ReminderSchedule.Context(now, ZONE, true, null, busy, false));
        assertEquals(ReminderKind.ROUTINE, u.kind());
        assertEquals(Instant.parse("2026-03-10T10:00:00Z"), u.at());
    }
}
