package org.backspasm.core.therapy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.SegmentOutcome;
import org.backspasm.core.journal.TherapyMode;
import org.backspasm.core.journal.TherapySegment;
import org.backspasm.core.journal.TherapySegmentRecord;
import org.backspasm.testing.FakeClock;
import org.junit.jupiter.api.Test;

class TherapySessionTest {
    private final FakeClock clock = FakeClock.at("2026-11-22T10:00:00Z");
    private final List<JournalEntry> journal = new ArrayList<>();
    private final List<TherapyState> saved = new ArrayList<>();
    private final TherapySession session = new TherapySession(clock, null, saved::add, journal::add);

    /** The app is open and looking: observe every 30 seconds. */
    private static void awake(TherapySession s, FakeClock c, long minutes) {
        for (int i = 0; i < minutes * 2; i++) {
            c.advance(Duration.ofSeconds(30));
            s.observe();
        }
    }

    private RunStatus now() {
        return session.status().orElseThrow();
    }

    private List<TherapySegmentRecord> records() {
        return journal.stream().map(TherapySegmentRecord.class::cast).toList();
    }

    @Test
    void fullAlternatingPlanWithAnAlertAtEveryBoundary() {
        session.start(new TherapyPlan(Mode.ALTERNATING, false, 20, 20, 3));
        assertEquals(SegmentKind.APPLY_ICE, now().kind());
        assertEquals(1, now().round());
        assertEquals(SegmentKind.SKIN_BREAK, now().next());
        assertNull(session.observe().alert());

        SegmentKind[] expected = {SegmentKind.APPLY_ICE, SegmentKind.SKIN_BREAK, SegmentKind.APPLY_HEAT,
                SegmentKind.SKIN_BREAK, SegmentKind.APPLY_ICE};
        BoundaryAlert.AlertKind[] alerts = {BoundaryAlert.AlertKind.PACK_OFF, BoundaryAlert.AlertKind.BREAK_OVER,
                BoundaryAlert.AlertKind.PACK_OFF, BoundaryAlert.AlertKind.BREAK_OVER, BoundaryAlert.AlertKind.SESSION_DONE};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], now().kind(), "segment " + i);
            assertEquals(i / 2 + 1, now().round());
            clock.advance(Duration.ofMinutes(19).plusSeconds(59));
            assertEquals(Duration.ofSeconds(1), now().remaining());
            assertNull(session.observe().alert());
            clock.advance(Duration.ofSeconds(1));
            TherapySession.Observation o = session.observe();
            assertEquals(alerts[i], o.alert().kind(), "alert " + i);
            assertNull(session.observe().alert(), "raised once");
            TherapySession.NextResult r = session.next(false);
            assertEquals(i == expected.length - 1 ? TherapySession.NextResult.FINISHED : TherapySession.NextResult.MOVED, r);
        }
        assertFalse(session.running());
        assertEquals(5, records().size());
        assertTrue(records().stream().allMatch(t -> t.outcome() == SegmentOutcome.COMPLETED));
        assertEquals(List.of(TherapySegment.APPLY_ICE, TherapySegment.SKIN_BREAK, TherapySegment.APPLY_HEAT, TherapySegment.SKIN_BREAK, TherapySegment.APPLY_ICE),
                records().stream().map(TherapySegmentRecord::segment).toList());
        TherapySegmentRecord last = records().get(4);
        assertEquals(3, last.round());
        assertEquals(Instant.parse("2026-11-22T11:20:00Z"), last.actualStart());
        assertEquals(Instant.parse("2026-11-22T11:40:00Z"), last.actualEnd());
        assertEquals(TherapyMode.ALTERNATING, last.mode());
        assertNull(saved.get(saved.size() - 1).run(), "the finished session is no longer saved as running");
    }

    @Test
    void heatFirstAlternates() {
        TherapyPlan p = new TherapyPlan(Mode.ALTERNATING, true, 15, 20, 4);
        assertEquals(SegmentKind.APPLY_HEAT, p.kindAt(0));
        assertEquals(SegmentKind.APPLY_ICE, p.kindAt(2));
        assertEquals(SegmentKind.APPLY_HEAT, p.kindAt(4));
        assertTrue(p.isLast(6));
        assertFalse(p.isLast(4));
        TherapyPlan forever = new TherapyPlan(Mode.HEAT, false, 20, 20, TherapyPlan.UNTIL_STOPPED);
        assertFalse(forever.isLast(200));
    }

    @Test
    void planLimits() {
        assertThrows(IllegalArgumentException.class, () -> new TherapyPlan(Mode.ICE, false, 9, 20, 2));
        assertThrows(IllegalArgumentException.class, () -> new TherapyPlan(Mode.ICE, false, 21, 20, 2));
        assertThrows(IllegalArgumentException.class, () -> new TherapyPlan(Mode.ICE, false, 20, 19, 2));
        assertThrows(IllegalArgumentException.class, () -> new TherapyPlan(Mode.ICE, false, 20, 20, 7));
        assertEquals(new TherapyPlan(Mode.ICE, false, 20, 20, 2), TherapyPlan.defaults(Mode.ICE));
    }

    @Test
    void aPackIsNeverPausedButASkinBreakIs() {
        session.start(TherapyPlan.defaults(Mode.ICE));
        clock.advanceMinutes(5);
        session.togglePause();
        assertEquals(SegmentStage.COUNTING, now().stage(), "no pause with the pack on");
        clock.advanceMinutes(15);
        session.next(false); // pack off at 10:20, break until 10:40
        clock.advanceMinutes(5);
        session.togglePause();
        assertEquals(SegmentStage.PAUSED, now().stage());
        clock.advanceMinutes(10);
        assertEquals(Duration.ofMinutes(15), now().remaining());
        assertNull(session.observe().alert());
        session.togglePause();
        assertEquals(SegmentStage.COUNTING, now().stage());
        assertEquals(Instant.parse("2026-11-22T10:50:00Z"), now().endsAt());
        clock.advanceMinutes(15);
        assertEquals(SegmentStage.BREAK_OVER, now().stage());
        session.next(false);
        assertTrue(records().get(1).note().contains("Paused for 10 minutes"), records().get(1).note());
    }

    @Test
    void takingAPackOffEarlyRecordsTheTrueTimeOnTheSkin() {
        session.start(TherapyPlan.defaults(Mode.HEAT));
        clock.advance(Duration.ofMinutes(7).plusSeconds(30));
        assertEquals(TherapySession.NextAction.SKIP_PACK, session.nextAction().orElseThrow());
        session.next(false);
        TherapySegmentRecord r = records().get(0);
        assertEquals(Duration.ofMinutes(7).plusSeconds(30), Duration.between(r.actualStart(), r.actualEnd()));
        assertEquals(SegmentOutcome.SKIPPED, r.outcome());
    }

    @Test
    void skipAPackAndEndABreakEarlyOnlyWithConfirmation() {
        session.start(TherapyPlan.defaults(Mode.HEAT));
        clock.advanceMinutes(12);
        assertEquals(TherapySession.NextAction.SKIP_PACK, session.nextAction().orElseThrow());
        assertEquals(TherapySession.NextResult.MOVED, session.next(false));
        assertEquals(SegmentOutcome.SKIPPED, records().get(0).outcome());
        assertEquals(Duration.ofMinutes(12), Duration.between(records().get(0).actualStart(), records().get(0).actualEnd()));
        assertEquals(SegmentKind.SKIN_BREAK, now().kind());
        assertEquals(Duration.ofMinutes(20), now().remaining(), "the break starts when the pack came off");

        clock.advanceMinutes(8);
        assertEquals(TherapySession.NextAction.END_BREAK_EARLY, session.nextAction().orElseThrow());
        assertEquals(TherapySession.NextResult.NEEDS_CONFIRMATION, session.next(false));
        assertEquals(SegmentKind.SKIN_BREAK, now().kind());
        assertEquals(1, records().size());
        assertEquals(TherapySession.NextResult.MOVED, session.next(true));
        TherapySegmentRecord brk = records().get(1);
        assertEquals(SegmentOutcome.SKIPPED, brk.outcome());
        assertTrue(brk.note().contains("ended early after 8 minutes") && brk.note().contains("confirmed"), brk.note());
        assertEquals(SegmentKind.APPLY_HEAT, now().kind());
        assertEquals(2, now().round());
        assertTrue(now().isLast());
    }

    @Test
    void packLeftOnRemindsEveryTwoMinutesTenTimesAtMost() {
        session.start(TherapyPlan.defaults(Mode.ICE));
        clock.advanceMinutes(20);
        BoundaryAlert first = session.observe().alert();
        assertEquals(BoundaryAlert.AlertKind.PACK_OFF, first.kind());
        List<BoundaryAlert> reminders = new ArrayList<>();
        for (int i = 0; i < 60 * 2; i++) { // an hour of looks every 30 seconds
            clock.advance(Duration.ofSeconds(30));
            BoundaryAlert a = session.observe().alert();
            if (a != null) {
                reminders.add(a);
                assertEquals(Duration.ofMinutes(2L * reminders.size()), now().over().withSeconds(
                        now().over().getSeconds() / 120 * 120), "every 2 minutes");
            }
        }
        assertEquals(AlarmSchedule.PACK_OFF_REPEATS, reminders.size(), "10 reminders, then quiet");
        assertTrue(reminders.get(0).text().contains("on for 22 minutes, 2 minutes longer"), reminders.get(0).text());
        assertTrue(reminders.get(0).text().contains("Reminder 1 of 10"), reminders.get(0).text());
        assertTrue(reminders.get(9).text().contains("last reminder"), reminders.get(9).text());
        assertTrue(session.nextDue().isEmpty(), "nothing more is due");
        assertEquals(TherapySession.NextAction.PACK_OFF, session.nextAction().orElseThrow());
        session.next(false);
        assertEquals(SegmentOutcome.COMPLETED, records().get(0).outcome());
        assertEquals(Duration.ofMinutes(20), now().remaining(), "skin break counts from when the pack came off");
    }

    @Test
    void confirmingThePackOffStopsTheReminders() {
        session.start(TherapyPlan.defaults(Mode.ICE));
        awake(session, clock, 24); // the alert at 20, reminders at 22 and 24
        assertEquals(Instant.parse("2026-11-22T10:26:00Z"), session.nextDue().orElseThrow());
        session.next(false);
        assertEquals(Instant.parse("2026-11-22T10:44:00Z"), session.nextDue().orElseThrow(), "the break's end");
    }

    @Test
    void breakOverRemindsOnceAfterFiveMinutes() {
        session.start(TherapyPlan.defaults(Mode.ICE));
        clock.advanceMinutes(20);
        session.next(false);
        List<BoundaryAlert> alerts = new ArrayList<>();
        for (int i = 0; i < 40 * 2; i++) {
            clock.advance(Duration.ofSeconds(30));
            BoundaryAlert a = session.observe().alert();
            if (a != null) {
                alerts.add(a);
                assertEquals(alerts.size() == 1 ? Duration.ZERO : Duration.ofMinutes(5), now().over());
            }
        }
        assertEquals(2, alerts.size());
        assertEquals(BoundaryAlert.AlertKind.BREAK_OVER, alerts.get(1).kind());
        assertTrue(alerts.get(1).text().contains("last reminder"), alerts.get(1).text());
    }

    @Test
    void stopJournalsTheCurrentSegment() {
        session.start(TherapyPlan.defaults(Mode.ICE));
        clock.advanceMinutes(7);
        session.stop();
        assertFalse(session.running());
        assertEquals(SegmentOutcome.STOPPED_EARLY, records().get(0).outcome());
        assertEquals(TherapySegment.APPLY_ICE, records().get(0).segment());
        assertEquals(TherapySession.NextResult.NOTHING, session.next(false));
    }

    @Test
    void sleepAcrossOneBoundary() {
        session.start(TherapyPlan.defaults(Mode.ICE));
        awake(session, clock, 10);
        assertTrue(session.observe().away().isEmpty());
        clock.advanceMinutes(22); // asleep
        TherapySession.Observation o = session.observe();
        assertEquals(SegmentStage.PACK_OFF_DUE, o.status().stage());
        assertEquals(List.of("While you were away, the ice came off schedule 12 minutes ago (at 10:20): "
                + "remove it now if it is still on."), o.away());
        assertEquals(BoundaryAlert.AlertKind.PACK_OFF, o.alert().kind());
    }

    @Test
    void sleepAcrossSeveralBoundariesWaitsAtTheFirstWithOneAlert() {
        session.start(TherapyPlan.defaults(Mode.ICE));
        clock.advanceMinutes(5);
        session.observe();
        clock.advanceMinutes(120); // long past the pack's end, the break's end and the next pack's end
        TherapySession.Observation o = session.observe();
        assertEquals(0, o.status().index(), "nothing is assumed: the pack may still be on");
        assertEquals(Duration.ofMinutes(105), o.status().over());
        assertTrue(o.away().get(0).contains("105 minutes ago"), o.away().get(0));
        assertNotNull(o.alert());
        assertNull(session.observe().alert(), "one alert for the return, not one per missed minute");

        session.next(false); // pack is off
        clock.advanceMinutes(5);
        session.observe();
        clock.advanceMinutes(90); // asleep through the break's end and past where the next pack would end
        o = session.observe();
        assertEquals(SegmentStage.BREAK_OVER, o.status().stage());
        assertEquals(List.of("Your skin break ended at 12:25. Check your skin looks and feels normal before the "
                + "next round."), o.away());
        assertEquals(BoundaryAlert.AlertKind.BREAK_OVER, o.alert().kind());
        session.next(false);
        assertEquals(SegmentKind.APPLY_ICE, now().kind());
        assertEquals(Duration.ofMinutes(20), now().remaining());
        assertEquals(Instant.parse("2026-11-22T12:25:00Z"), records().get(1).actualEnd());
    }

    @Test
    void clockSetBackAnHourNeitherJumpsNorFreezes() {
        session.start(TherapyPlan.defaults(Mode.HEAT));
        clock.advanceMinutes(5);
        assertEquals(Duration.ofMinutes(15), session.observe().status().remaining());
        clock.advance(Duration.ofHours(-1));
        assertEquals(Duration.ofMinutes(15), session.observe().status().remaining());
        clock.advanceMinutes(1);
        assertEquals(Duration.ofMinutes(14), session.observe().status().remaining());
        clock.advanceMinutes(14);
        assertEquals(SegmentStage.PACK_OFF_DUE, session.observe().status().stage());
        assertFalse(now().remaining().isNegative());
    }

    @Test
    void clockSetBackWhilePausedKeepsThePause() {
        session.start(TherapyPlan.defaults(Mode.ICE));
        clock.advanceMinutes(20);
        session.next(false);
        clock.advanceMinutes(4);
        session.pause();
        clock.advanceMinutes(3);
        clock.advance(Duration.ofHours(-1));
        assertEquals(Duration.ofMinutes(16), now().remaining());
        session.resume();
        clock.advanceMinutes(16);
        assertEquals(SegmentStage.BREAK_OVER, now().stage());
    }

    @Test
    void daylightSavingChangeDoesNotChangeTheCountdown() {
        // London: 02:00 BST on 25 Oct 2026 becomes 01:00 GMT (at 01:00 UTC)
        FakeClock dst = FakeClock.at("2026-10-25T00:50:00Z"); // 01:50 BST
        TherapySession s = new TherapySession(dst, null, x -> { }, journal::add);
        s.start(TherapyPlan.defaults(Mode.ICE));
        awake(s, dst, 15); // 01:05 GMT, after the change
        assertEquals(Duration.ofMinutes(5), s.status().orElseThrow().remaining());
        awake(s, dst, 4);
        dst.advance(Duration.ofSeconds(60));
        TherapySession.Observation o = s.observe();
        assertEquals(SegmentStage.PACK_OFF_DUE, o.status().stage());
        assertEquals(Instant.parse("2026-10-25T01:10:00Z"), o.status().endsAt());
        assertTrue(o.away().isEmpty());
        dst.advanceMinutes(2);
        List<String> away = AwayReport.describe(s.status().orElseThrow(), dst.instant(), dst.getZone(),
                java.util.Locale.UK);
        assertTrue(away.get(0).contains("2 minutes ago (at 01:10)"), away.get(0));
    }

    @Test
    void safetyAnswersBlockAndAreAskedOncePerEpisode() {
        assertTrue(session.safety().needsCheck(Modality.ICE, "ep1"));
        session.answerSafety(Modality.ICE, false, "ep1");
        assertFalse(session.safety().needsCheck(Modality.ICE, "ep1"));
        assertTrue(session.safety().needsCheck(Modality.ICE, "ep2"));
        assertTrue(session.safety().needsCheck(Modality.HEAT, "ep1"));
        session.answerSafety(Modality.HEAT, true, "ep1");
        assertTrue(session.safety().blocked(Modality.HEAT));
        assertFalse(session.safety().needsCheck(Modality.HEAT, "ep2"), "blocked, not asked again");
        assertThrows(IllegalStateException.class, () -> session.start(TherapyPlan.defaults(Mode.HEAT)));
        assertThrows(IllegalStateException.class, () -> session.start(TherapyPlan.defaults(Mode.ALTERNATING)));
        session.setConcern(Modality.HEAT, false);
        assertFalse(session.safety().blocked(Modality.HEAT));
        assertTrue(session.safety().needsCheck(Modality.HEAT, "ep1"), "unblocking asks again");
        session.start(TherapyPlan.defaults(Mode.HEAT));
        assertTrue(session.running());
        assertEquals(TherapyPlan.defaults(Mode.HEAT), session.lastPlan().orElseThrow());
    }

    @Test
    void countdownWords() {
        assertEquals("20:00", TimeWords.countdown(Duration.ofMinutes(20)));
        assertEquals("0:01", TimeWords.countdown(Duration.ofMillis(200)));
        assertEquals("0:00", TimeWords.countdown(Duration.ZERO));
        assertEquals("1 minute", TimeWords.minutes(Duration.ofSeconds(119)));
    }
}
