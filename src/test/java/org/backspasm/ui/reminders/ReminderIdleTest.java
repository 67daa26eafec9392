package org.backspasm.ui.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backspasm.core.companion.Reminder;
import org.backspasm.core.companion.ReminderKind;
import org.backspasm.core.companion.ReminderSettings;
import org.backspasm.core.companion.ReminderState;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.desktop.IdleSource;
import org.backspasm.testing.FakeClock;
import org.backspasm.testing.ManualAlarmScheduler;
import org.backspasm.ui.alert.Cue;
import org.junit.jupiter.api.Test;

/**
 * Natural breaks and do-not-disturb through a fake idle source, with the manual alarm: 5 minutes away from the
 * keyboard starts the time sat again; without an idle source plain intervals are used; while do-not-disturb is on
 * a reminder waits and is shown once afterwards.
 */
class ReminderIdleTest {
    private final FakeClock clock = FakeClock.at("2026-11-23T09:00:00Z"); // a Monday, 09:00 in London
    private final ManualAlarmScheduler alarms = new ManualAlarmScheduler(clock);
    private final List<JournalEntry> journal = new ArrayList<>();
    private final List<Cue> cues = new ArrayList<>();
    private final FakeIdle idle = new FakeIdle();
    private final List<Reminder> shown = new ArrayList<>();

    /** Idle time and do-not-disturb as a test sets them. */
    private static final class FakeIdle implements IdleSource {
        Duration idle = Duration.ZERO;
        boolean dnd;
        boolean answers = true;

        @Override
        public Optional<Duration> idle() {
            return answers ? Optional.of(idle) : Optional.empty();
        }

        @Override
        public boolean doNotDisturb() {
            return dnd;
        }

        @Override
        public Means means() {
            return answers ? Means.X11_SCREENSAVER : Means.NONE;
        }

        @Override
        public boolean seesDoNotDisturb() {
            return answers;
        }
    }

    private ReminderModel model(ReminderSettings s, boolean episode) {
        ReminderModel m = new ReminderModel(clock, s, ReminderState.EMPTY, new ReminderModel.Wiring(x -> { }, x -> { },
                alarms, () -> episode, List::of, idle, journal::add, cues::add, () -> { }));
        m.currentProperty().addListener((o, a, r) -> {
            if (r != null) {
                shown.add(r);
            }
        });
        return m;
    }

    private List<String> times() {
        return shown.stream().map(r -> r.kind() + " " + r.shownAt().atZone(clock.getZone()).toLocalTime()).toList();
    }

    @Test
    void fiveMinutesAwayStartsTheTimeSatAgain() {
        ReminderModel m = model(ReminderSettings.DEFAULTS.withSittingMinutes(30), false);
        alarms.pass(Duration.ofMinutes(20));
        idle.idle = Duration.ofMinutes(6); // away at 09:20 for a while
        alarms.pass(Duration.ofMinutes(10));
        idle.idle = Duration.ZERO; // back at 09:30
        alarms.pass(Duration.ofMinutes(29));
        assertEquals(List.of(), times(), "not 30 minutes since the break");
        alarms.pass(Duration.ofMinutes(2));
        assertEquals(List.of("SITTING 10:00"), times());
        m.done();
        assertTrue(journal.get(0).summary().contains("Stood up"), journal.toString());
    }

    @Test
    void withoutAnIdleSourcePlainIntervalsAreUsedAndSettingsSaysSo() {
        idle.answers = false;
        ReminderModel m = model(ReminderSettings.DEFAULTS.withSittingMinutes(30), false);
        alarms.pass(Duration.ofMinutes(31));
        assertEquals(List.of("SITTING 09:30"), times());
        m.done();
        alarms.pass(Duration.ofMinutes(31));
        assertEquals(List.of("SITTING 09:30", "SITTING 10:01"), times());
        assertTrue(ReminderSettingsPane.natural(idle, new org.backspasm.ui.text.Lang(java.util.Locale.UK)
                .texts("reminders")).contains("plain intervals"));
    }

    @Test
    void doNotDisturbHoldsTheReminderThenItShowsOnce() {
        ReminderModel m = model(ReminderSettings.DEFAULTS, true); // routine 10:00, walks 11:15, 14:30, 17:45
        idle.dnd = true;
        alarms.pass(Duration.ofHours(3)); // to 12:00: the routine and the first walk fell due meanwhile
        assertNull(m.currentProperty().get());
        assertEquals(List.of(), cues);
        idle.dnd = false;
        alarms.pass(Duration.ofMinutes(1));
        assertNotNull(m.currentProperty().get());
        assertEquals(List.of("WALK 12:00:30"), times(), "once, the latest of what waited (at the next wake)");
        m.dismiss();
        alarms.pass(Duration.ofHours(2));
        assertEquals(List.of("WALK 12:00:30"), times(), "the routine does not follow it");
        assertEquals(ReminderKind.WALK, shown.get(0).kind());
    }
}
