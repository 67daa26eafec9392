package org.backspasm.ui.therapy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.therapy.AlarmSchedule;
import org.backspasm.core.therapy.Mode;
import org.backspasm.core.therapy.SafetyAnswers;
import org.backspasm.core.therapy.SegmentStage;
import org.backspasm.core.therapy.TherapyPlan;
import org.backspasm.core.therapy.TherapySession;
import org.backspasm.core.therapy.TherapyState;
import org.backspasm.testing.FakeClock;
import org.backspasm.testing.ManualAlarmScheduler;
import org.backspasm.testing.RecordingSoundPlayer;
import org.backspasm.ui.alert.AlertRecord;
import org.backspasm.ui.alert.Alerter;
import org.backspasm.ui.alert.Cue;
import org.junit.jupiter.api.Test;

/**
 * The alarm path on its own, with a fake clock and the manual scheduler: the Ice &amp; Heat screen is never built
 * (never opened), there is no window, and no display tick runs. Alerts still come, on time, once each.
 */
class TherapyAlarmTest {
    private final FakeClock clock = FakeClock.at("2026-11-22T10:00:00Z");
    private final ManualAlarmScheduler alarms = new ManualAlarmScheduler(clock);
    private final RecordingSoundPlayer sound = new RecordingSoundPlayer();
    private final List<JournalEntry> journal = new ArrayList<>();
    private TherapyState saved = TherapyState.EMPTY;
    private Alerter alerter;

    /** A model as the app builds it, from the state saved so far (a restart builds a new one). */
    private TherapyModel open() {
        alerter = new Alerter(clock, sound, () -> true, () -> null);
        TherapySession session = new TherapySession(clock, alarms::monotonicNanos, saved, s -> saved = s, journal::add);
        return HeadlessTherapy.model(clock, alarms, session, journal, alerter); // minimised: no display ticks at all
    }

    private TherapyModel running(TherapyPlan plan) {
        TherapyModel m = open();
        m.answerSafety(plan.firstModality(), false);
        m.start(plan);
        return m;
    }

    private List<AlertRecord> alerts() {
        return alerter.history();
    }

    @Test
    void theAlarmFiresAtTheBoundaryWithIceAndHeatNeverOpened() {
        running(TherapyPlan.defaults(Mode.ICE));
        alarms.pass(Duration.ofMinutes(20).minusSeconds(1));
        assertTrue(alerts().isEmpty());
        assertEquals(39, alarms.wakes(), "a wake every 30 s while nothing is due: a sleep cannot delay it");
        assertEquals(Instant.parse("2026-11-22T10:20:00Z"), alarms.armedAt(), "armed for the pack's end");
        alarms.pass(Duration.ofSeconds(1));
        assertEquals(1, alerts().size());
        assertEquals(Cue.PACK_OFF, alerts().get(0).cue());
        assertEquals(Instant.parse("2026-11-22T10:20:00Z"), alerts().get(0).at(), "on the second");
        assertEquals(List.of(Cue.PACK_OFF), sound.played());
    }

    @Test
    void lastSeenStaysFreshWhileNobodyLooks() {
        running(TherapyPlan.defaults(Mode.ICE));
        for (int i = 0; i < 15; i++) {
            alarms.pass(Duration.ofMinutes(1));
            assertTrue(Duration.between(saved.run().lastSeen(), clock.instant()).compareTo(Duration.ofMinutes(1)) <= 0,
                    "saved at least once a minute");
        }
    }

    @Test
    void aSuspendOfTwentyFiveMinutesGivesOneAlertWithWhatHappened() {
        TherapyModel m = running(TherapyPlan.defaults(Mode.ICE));
        alarms.pass(Duration.ofMinutes(5));
        clock.advanceMinutes(25); // asleep: the computer was suspended, and wakes the scheduler once
        alarms.wakeOnce();
        assertEquals(1, alerts().size());
        assertTrue(alerts().get(0).text().startsWith("While you were away, the ice came off schedule 10 minutes ago"),
                alerts().get(0).text());
        assertTrue(m.away().stream().anyMatch(t -> t.contains("came off schedule")), m.away().toString());
        alarms.pass(Duration.ofSeconds(59));
        assertEquals(1, alerts().size(), "no second alert for the same return");
    }

    @Test
    void settingTheClockBackAnHourGivesNoDuplicate() {
        TherapyModel m = running(TherapyPlan.defaults(Mode.HEAT));
        alarms.pass(Duration.ofMinutes(20));
        assertEquals(1, alerts().size());
        alarms.pass(Duration.ofSeconds(20));
        alarms.jumpWall(Duration.ofHours(-1));
        alarms.pass(Duration.ofSeconds(90));
        assertEquals(1, alerts().size(), "the alert at the pack's end is not raised again");
        assertTrue(m.away().stream().anyMatch(t -> t.contains("clock was set back by 1 hour")), m.away().toString());
        alarms.pass(Duration.ofSeconds(10));
        assertEquals(2, alerts().size(), "the 2-minute reminder comes 2 real minutes after the end");
    }

    @Test
    void remindersComeEveryTwoMinutesUntilConfirmedTenAtMost() {
        TherapyModel m = running(TherapyPlan.defaults(Mode.ICE));
        alarms.pass(Duration.ofMinutes(20));
        alarms.pass(Duration.ofMinutes(60));
        assertEquals(1 + AlarmSchedule.PACK_OFF_REPEATS, alerts().size());
        for (int i = 1; i < alerts().size(); i++) {
            assertEquals(Duration.ofMinutes(2), Duration.between(alerts().get(i - 1).at(), alerts().get(i).at()));
        }
        assertFalse(alarms.armed() && alarms.armedAt() != null, "nothing more is due: only the 30-second watch");

        m.stop();
        TherapyModel third = running(TherapyPlan.defaults(Mode.ICE));
        alarms.pass(Duration.ofMinutes(24));
        assertEquals(3, alerts().size());
        third.next(false); // the pack is off, after 2 reminders
        alarms.pass(Duration.ofMinutes(10));
        assertEquals(3, alerts().size(), "confirmed: no more reminders");
    }

    @Test
    void aRestartNeitherLosesNorRepeatsAReminder() {
        running(TherapyPlan.defaults(Mode.ICE));
        alarms.pass(Duration.ofMinutes(22).plusSeconds(10)); // the alert at 20 and the reminder at 22
        assertEquals(2, alerts().size());
        open(); // the app restarts at once
        alarms.pass(Duration.ofSeconds(30));
        assertTrue(alerts().isEmpty(), "the reminder raised before the restart is not raised again");
        alarms.pass(Duration.ofMinutes(2));
        assertEquals(1, alerts().size(), "the next reminder is not lost");
        assertTrue(alerts().get(0).text().contains("Reminder 2 of 10"), alerts().get(0).text());
    }

    @Test
    void breakOverRepeatsOnceAfterFiveMinutes() {
        TherapyModel m = running(TherapyPlan.defaults(Mode.ICE));
        alarms.pass(Duration.ofMinutes(20));
        m.next(false);
        alerts().clear();
        alarms.pass(Duration.ofMinutes(40));
        assertEquals(List.of(Cue.BREAK_OVER, Cue.BREAK_OVER), alerts().stream().map(AlertRecord::cue).toList());
        assertEquals(Duration.ofMinutes(5), Duration.between(alerts().get(0).at(), alerts().get(1).at()));
    }

    @Test
    void untilStoppedAsksForASkinCheckEveryThreeRounds() {
        TherapyModel m = running(new TherapyPlan(Mode.ICE, false, 20, 20, TherapyPlan.UNTIL_STOPPED));
        for (int round = 1; round <= 3; round++) {
            alarms.pass(Duration.ofMinutes(20));
            m.next(false); // pack off
            alarms.pass(Duration.ofMinutes(20));
            assertEquals(SegmentStage.BREAK_OVER, m.statusProperty().get().stage());
            if (round < 3) {
                assertEquals(TherapySession.NextAction.START_NEXT, m.nextAction().orElseThrow());
                m.next(false);
            }
        }
        AlertRecord last = alerts().get(alerts().size() - 1);
        assertTrue(last.text().startsWith("3 rounds done. Check your skin"), last.text());
        assertEquals(TherapySession.NextAction.SKIN_CHECK, m.nextAction().orElseThrow());
        assertEquals(TherapySession.NextResult.NEEDS_CONFIRMATION, m.next(false), "not without the skin check");
        assertEquals(TherapySession.NextResult.MOVED, m.next(true));
        assertEquals(4, m.statusProperty().get().round());
        assertTrue(journal.stream().anyMatch(e -> e.toString().contains("Skin check after 3 rounds")));
    }

    @Test
    void aRunSavedPausedWithThePackOnReadsAsTakenOff() {
        TherapyPlan plan = TherapyPlan.defaults(Mode.ICE);
        Instant start = clock.instant();
        saved = new TherapyState(new org.backspasm.core.therapy.TherapyRun(plan, start, 0, start, start,
                start.plusSeconds(300), Duration.ZERO, start.plusSeconds(300)), SafetyAnswers.NONE, plan);
        clock.advanceMinutes(10);
        TherapyModel m = open();
        assertEquals(org.backspasm.core.therapy.SegmentKind.SKIN_BREAK, m.statusProperty().get().kind());
        assertTrue(m.away().get(0).contains("counts as taken off at 10:05"), m.away().toString());
        assertNull(saved.run().pausedAt());
    }
}
