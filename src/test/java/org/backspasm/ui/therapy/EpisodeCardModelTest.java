package org.backspasm.ui.therapy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.backspasm.core.episode.EpisodeBook;
import org.backspasm.core.episode.OnsetPick;
import org.backspasm.core.episode.Phase;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.testing.FakeClock;
import org.junit.jupiter.api.Test;

/** The episode card's texts and onset input, without a window (plain JUnit, fake clock). */
class EpisodeCardModelTest {
    private final FakeClock clock = FakeClock.at("2026-11-22T09:30:00Z");
    private final List<JournalEntry> journal = new ArrayList<>();
    private final EpisodeCardModel model = new EpisodeCardModel(
            new EpisodeModel(new EpisodeBook(clock, null, e -> { }, journal::add)),
            new org.backspasm.ui.text.Lang(java.util.Locale.UK));

    @Test
    void asksFirstThenShowsTheClockWithItsMarks() {
        assertEquals(EpisodeCardModel.Showing.ASK, model.showingProperty().get());
        assertNull(model.textsProperty().get());
        model.pick(OnsetPick.JUST_NOW);
        assertEquals(EpisodeCardModel.Showing.EPISODE, model.showingProperty().get());
        clock.advance(Duration.ofHours(11).plusMinutes(30));
        model.refresh();
        EpisodeCardModel.Texts t = model.textsProperty().get();
        assertEquals(Phase.ICE_WINDOW, t.phase());
        assertTrue(t.since().startsWith("11 hours since it began"), t.since());
        assertEquals("48 hours in 36 h 30 min; 72 hours in 60 h 30 min.", t.marks());
        assertNull(t.weekNudge());
        assertNull(t.chronic());
    }

    @Test
    void afterAWeekTheWarningSignNudgeTakesTheEarlyDaysPlace() {
        model.pick(OnsetPick.JUST_NOW);
        assertNotNull(model.textsProperty().get().earlyDays());
        clock.advance(Duration.ofDays(8));
        model.refresh();
        EpisodeCardModel.Texts t = model.textsProperty().get();
        assertNull(t.earlyDays());
        assertTrue(t.weekNudge().startsWith("It has been 8 days."), t.weekNudge());
        assertTrue(t.since().startsWith("8 days (192 hours)"), t.since());
    }

    @Test
    void aTypedTimeIsReadOrExplained() {
        model.submitTyped(LocalDate.of(2026, 11, 22), "7.30");
        assertTrue(model.messageIsErrorProperty().get());
        assertTrue(model.messageProperty().get().contains("for example 7:30"));
        model.submitTyped(null, "7:30");
        assertEquals("Please pick a date.", model.messageProperty().get());
        model.submitTyped(LocalDate.of(2026, 11, 22), " 7:30 ");
        assertEquals(EpisodeCardModel.Showing.EPISODE, model.showingProperty().get());
        assertEquals("", model.messageProperty().get());
        assertTrue(model.textsProperty().get().since().startsWith("2 hours since it began"));
    }

    @Test
    void changingTheStartCanBeCancelled() {
        model.pick(OnsetPick.JUST_NOW);
        model.changeOnset();
        assertEquals(EpisodeCardModel.Showing.CHANGE, model.showingProperty().get());
        model.submitTyped(LocalDate.of(2026, 11, 23), "9:00");
        assertTrue(model.messageIsErrorProperty().get(), "a start in the future is refused");
        model.cancelChange();
        assertEquals(EpisodeCardModel.Showing.EPISODE, model.showingProperty().get());
        assertFalse(model.messageProperty().get().length() > 0);
        model.endEpisode();
        assertEquals(EpisodeCardModel.Showing.ASK, model.showingProperty().get());
    }
}
