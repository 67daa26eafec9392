package org.backspasm.ui.companion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.backspasm.core.episode.Episode;
import org.backspasm.core.journal.EpisodeEvent;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.journal.Progress;
import org.backspasm.core.journal.ProgressAnswer;
import org.backspasm.core.journal.WalkRecord;
import org.backspasm.core.journal.WalkSource;
import org.backspasm.store.JournalStore;
import org.backspasm.store.StateStore;
import org.backspasm.store.StoreNotices;
import org.backspasm.testing.AppUiTest;
import org.backspasm.testing.FakeClock;
import org.backspasm.ui.ScreenId;
import org.junit.jupiter.api.Test;

/**
 * A user whose episode began three days ago opens the app: Today shows day 4's plan, ticks off what the journal holds
 * and opens each feature in one click; on day 8, with ratings that have not fallen, the one-week card shows, says
 * why, opens the doctor's record in one click and can be put away for a week.
 */
class DayPlanTodayTest extends AppUiTest {
    /** The onset: three days before the test clock's start (2026-11-22 09:30 UTC). */
    static final Instant ONSET = Instant.parse("2026-11-19T09:00:00Z");

    @Override
    protected void prepareDataDir(Path dir) throws IOException {
        FakeClock at = FakeClock.at("2026-11-19T10:00:00Z");
        StoreNotices notices = new StoreNotices();
        StateStore state = StateStore.open(dir, Runnable::run, notices, at);
        JournalStore journal = JournalStore.open(dir, Runnable::run, notices, at);
        state.put(org.backspasm.core.state.Sections.EPISODE, new Episode(ONSET, at.instant()));
        journal.append(new EpisodeEvent(at.instant(), EpisodeEvent.Kind.STARTED, ONSET));
        journal.append(new PainRating(ONSET.plus(Duration.ofHours(2)), 7, "", ""));
        journal.append(new PainRating(ONSET.plus(Duration.ofHours(26)), 7, "", ""));
    }

    /** Today shown again, as after visiting another screen. */
    private void showToday() {
        fx(() -> {
            shell.show(ScreenId.JOURNAL);
            shell.show(ScreenId.TODAY);
        });
    }

    private void press(String query) {
        fx(() -> ((javafx.scene.control.ButtonBase) lookup(query).query()).fire());
    }

    private String text(String query) {
        return lookup(query).queryAs(Labeled.class).getText();
    }

    private boolean showing(String query) {
        return lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void threeDaysInTodayShowsDayFoursPlanTickedOffFromTheJournal() {
        assertEquals("Day 4 of this episode: your plan for today", text("#day-plan-title"));
        assertTrue(text("#day-plan-about").startsWith("The first week"), text("#day-plan-about"));
        assertFalse(lookup("#day-plan-ask-onset").tryQuery().isPresent());
        assertEquals("Not yet today", text("#plan-walk-progress"));
        assertFalse(showing("#follow-up"), "no follow-up card before a week");

        clickOn("#plan-walk-open");
        assertEquals("1 of 3 today", text("#plan-walk-progress"));
        assertEquals(List.of(WalkSource.I_WALKED), ctx.journal().entries().stream()
                .filter(WalkRecord.class::isInstance).map(e -> ((WalkRecord) e).source()).toList());

        fx(() -> ctx.journal().append(new PainRating(clock.instant(), 6, "", "")));
        assertEquals("Done today", text("#plan-rate-pain-progress"));

        press("#plan-routine-open");
        assertEquals(ScreenId.STRETCHES, shell.currentProperty().get());
        showToday();
        press("#plan-ice-or-heat-open");
        assertEquals(ScreenId.THERAPY, shell.currentProperty().get());
        showToday();
        press("#plan-rate-pain-open");
        assertEquals(ScreenId.JOURNAL, shell.currentProperty().get());

        clock.advance(Duration.ofDays(1));
        showToday();
        assertEquals("Day 5 of this episode: your plan for today", text("#day-plan-title"));
        assertEquals("Not yet today", text("#plan-walk-progress"), "a new day starts with nothing done");
    }

    @Test
    void onDayEightWithRatingsNotFallenTheOneWeekCardShowsWithTheRecordOneClickAway() throws IOException {
        clock.set(ONSET.plus(Duration.ofDays(7)).plus(Duration.ofHours(3)));
        fx(() -> ctx.journal().append(new PainRating(clock.instant().minus(Duration.ofHours(1)), 6, "", "")));
        showToday();
        assertTrue(showing("#follow-up"));
        assertEquals("Not better after a week: book an appointment", text("#follow-up-title"));
        assertTrue(text("#follow-up-why").contains("day 8") && text("#follow-up-why").contains("(6 out of 10)"),
                text("#follow-up-why"));
        assertEquals("Day 8 of this episode: your plan for today", text("#day-plan-title"));

        press("#follow-up-record");
        assertEquals(1, opened.size());
        Path record = opened.get(0);
        assertTrue(Files.readString(record).contains("7/10") || Files.readString(record).contains(">7<"),
                "the record holds the ratings");
        assertTrue(text("#follow-up-message").contains(record.getFileName().toString()));

        press("#follow-up-dismiss");
        assertFalse(showing("#follow-up"));
        clock.advance(Duration.ofDays(7));
        showToday();
        fx(() -> ctx.journal().append(new PainRating(clock.instant(), 7, "", "")));
        assertTrue(showing("#follow-up"), "back after a week");
    }

    @Test
    void withoutRatingsLatelyTheQuestionIsAskedAndAnsweringAboutTheSameGivesTheCard() {
        clock.set(ONSET.plus(Duration.ofDays(8)));
        showToday();
        assertEquals("Compared with the start, is your back…?", text("#follow-up-title"));
        press("#follow-up-answer-about-the-same");
        assertEquals("Not better after a week: book an appointment", text("#follow-up-title"));
        assertTrue(ctx.journal().entries().contains(new ProgressAnswer(clock.instant(), Progress.ABOUT_THE_SAME)));
    }

    @Test
    void afterSixWeeksTodaySaysSoOnceOnTheCardAndThePlanSaysItAgainWhenTheCardIsPutAway() {
        clock.set(ONSET.plus(Duration.ofDays(43)));
        fx(() -> ctx.journal().append(new PainRating(clock.instant().minus(Duration.ofHours(1)), 4, "", "")));
        showToday();
        assertEquals("Still there after 6 weeks: book a doctor or physiotherapist", text("#follow-up-title"));
        assertTrue(text("#day-plan-title").startsWith("Day 44"), text("#day-plan-title"));
        assertFalse(showing("#day-plan-about"), "the plan's line says what the card says: it is left out");
        assertEquals(1, lookup(".label").queryAllAs(Labeled.class).stream()
                .filter(l -> l.getScene() != null && l.isVisible() && l.getText() != null
                        && l.getText().contains("stops you doing everyday things")).count(), "said once");

        press("#follow-up-dismiss");
        assertFalse(showing("#follow-up"));
        assertTrue(text("#day-plan-about").startsWith("After 6 weeks: if the pain is still there"),
                "with the card put away, the plan says it");
    }
}
