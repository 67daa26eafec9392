package org.backspasm.ui.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.backspasm.core.companion.ReminderKind;
import org.backspasm.core.episode.Episode;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.store.StateStore;
import org.backspasm.testing.AppUiTest;
import org.backspasm.ui.alert.Cue;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reminders in the whole app, woken by the manual alarm: an episode began three days ago; the walk reminder
 * of 11:15 comes with the main window minimised, in a small window of its own, and leaves the main window where
 * it is; snooze brings it back; done records the walk; nothing shows in quiet hours.
 */
class ReminderWindowTest extends AppUiTest {
    private static final Instant START = Instant.parse("2026-11-22T11:10:00Z"); // 11:10 in London (GMT)

    @Override
    protected void prepareDataDir(Path dir) throws IOException {
        clock.set(START);
        StateStore s = StateStore.open(dir, Runnable::run, new org.backspasm.store.StoreNotices(), clock);
        s.put(org.backspasm.core.state.Sections.EPISODE, new Episode(START.minus(Duration.ofDays(3)), START.minus(Duration.ofDays(3))));
    }

    private Stage reminderWindow() {
        return ctx.reminders().window().stageOrNull();
    }

    private String title() {
        return ((Label) reminderWindow().getScene().lookup("#reminder-title")).getText();
    }

    private void press(String id) {
        fx(() -> ((Button) reminderWindow().getScene().lookup(id)).fire());
    }

    private List<JournalEntry> journal() {
        return ctx.journal().entries();
    }

    @Test
    void theWalkReminderComesWithTheWindowMinimisedAndDoneRecordsIt() {
        fx(() -> stage.setIconified(true));
        fx(() -> alarms.pass(Duration.ofMinutes(4)));
        assertNull(reminderWindow(), "nothing before 11:15");
        fx(() -> alarms.pass(Duration.ofMinutes(1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(reminderWindow());
        assertTrue(reminderWindow().isShowing(), "the reminder window shows");
        assertEquals("Time for a walk", title());
        assertTrue(stage.isIconified(), "the main window stays minimised");
        assertTrue(sound.played().contains(Cue.REMINDER));
        press("#reminder-done");
        assertFalse(reminderWindow().isShowing());
        assertTrue(journal().stream().anyMatch(e -> e.summary().toLowerCase().contains("walk")), journal().toString());
        assertNull(ctx.reminders().model().currentProperty().get());
    }

    @Test
    void snoozeBringsItBackAndNotTodayEndsTheWalksForTheDay() {
        fx(() -> alarms.pass(Duration.ofMinutes(5)));
        press("#reminder-snooze-10");
        assertFalse(reminderWindow().isShowing());
        fx(() -> alarms.pass(Duration.ofMinutes(9)));
        assertFalse(reminderWindow().isShowing());
        fx(() -> alarms.pass(Duration.ofMinutes(1)));
        assertTrue(reminderWindow().isShowing(), "back after 10 minutes");
        assertEquals("Time for a walk", title());
        press("#reminder-not-today");
        fx(() -> alarms.pass(Duration.ofHours(3).plusMinutes(30))); // to 15:00, past the walk of 14:30
        assertFalse(reminderWindow().isShowing(), "no walk for the rest of today");
        assertEquals(ReminderKind.PAIN_RATING, ctx.reminders().model().nextProperty().get().kind(),
                "next: the rating at 19:00, the walk of 17:45 is not today any more");
        assertTrue(journal().stream().noneMatch(e -> e.summary().toLowerCase().contains("walk")));
    }

    @Test
    void thePainRatingIsOneTapAndNothingShowsInQuietHours() {
        fx(() -> ctx.reminders().model().update(s -> s.withOn(ReminderKind.WALK, false)
                .withOn(ReminderKind.ROUTINE, false)));
        fx(() -> clock.set(Instant.parse("2026-11-22T18:55:00Z"))); // the laptop slept until 18:55: nothing missed
        fx(() -> alarms.pass(Duration.ofMinutes(5))); // 19:00
        assertTrue(reminderWindow().isShowing());
        assertEquals("How is your back today?", title());
        press("#reminder-rate-4");
        assertEquals(4, journal().stream().filter(e -> e instanceof PainRating).map(e -> ((PainRating) e).score())
                .findFirst().orElse(-1));
        int shown = sound.played().size();
        fx(() -> alarms.pass(Duration.ofHours(3))); // to 22:00: quiet from 21:00
        assertEquals(shown, sound.played().size(), "nothing in quiet hours");
        assertFalse(reminderWindow().isShowing());
    }
}
