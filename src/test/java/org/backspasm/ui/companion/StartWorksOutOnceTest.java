package org.backspasm.ui.companion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.backspasm.core.episode.Episode;
import org.backspasm.core.journal.EpisodeEvent;
import org.backspasm.core.journal.Journal;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.store.JournalStore;
import org.backspasm.store.StateStore;
import org.backspasm.store.StoreNotices;
import org.backspasm.testing.AppUiTest;
import org.backspasm.testing.FakeClock;
import org.backspasm.ui.Feature;
import org.backspasm.ui.FeatureContext;
import org.backspasm.ui.today.TodayFeature;
import org.backspasm.ui.warningsigns.WarningSignsFeature;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Today at start reads the journal once per thing it works out: the episode's onset once (shared by the day plan and
 * the follow-up card), the day plan once, the follow-up card once and the warning-sign offers once, not again when
 * the cards are first shown. Today and the check are started again here over a journal that counts who reads it.
 */
class StartWorksOutOnceTest extends AppUiTest {
    static final Instant ONSET = Instant.parse("2026-11-14T09:00:00Z"); // 8 days before the clock: a card and an offer

    @Override
    protected void prepareDataDir(Path dir) throws IOException {
        FakeClock at = FakeClock.at("2026-11-14T10:00:00Z");
        StoreNotices notices = new StoreNotices();
        StateStore.open(dir, Runnable::run, notices, at).put(org.backspasm.core.state.Sections.EPISODE,
                new Episode(ONSET, at.instant()));
        JournalStore journal = JournalStore.open(dir, Runnable::run, notices, at);
        journal.append(new EpisodeEvent(at.instant(), EpisodeEvent.Kind.STARTED, ONSET));
        journal.append(new PainRating(ONSET.plusSeconds(2 * 3600), 7, "", "")); // ratings that have not fallen
        journal.append(new PainRating(ONSET.plusSeconds(26 * 3600), 7, "", ""));
        // an hour before the test clock: the offers card shows (high pain) beside the one-week card
        journal.append(new PainRating(Instant.parse("2026-11-22T08:30:00Z"), 8, "", ""));
    }

    /** The journal, counting its reads by the class (outside the journal) that asked. */
    static final class CountingJournal implements Journal {
        private final Journal real;
        final Map<String, Integer> reads = new TreeMap<>();

        CountingJournal(Journal real) {
            this.real = real;
        }

        @Override
        public List<JournalEntry> entries() {
            String reader = StackWalker.getInstance().walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                    .filter(c -> c.startsWith("org.backspasm.") && !c.startsWith(CountingJournal.class.getName()))
                    .findFirst().orElse("?"));
            reads.merge(reader.substring(reader.lastIndexOf('.') + 1).replaceAll("\\$.*", ""), 1, Integer::sum);
            return real.entries();
        }

        @Override
        public void append(JournalEntry entry) {
            real.append(entry);
        }

        @Override
        public void onAppend(Consumer<JournalEntry> listener) {
            real.onAppend(listener);
        }

        @Override
        public void appendAll(List<JournalEntry> batch) {
            real.appendAll(batch);
        }

        @Override
        public void onAppendAll(Consumer<List<JournalEntry>> listener) {
            real.onAppendAll(listener);
        }

        /** The reads of the classes that work Today's companion cards and the offers out. */
        Map<String, Integer> today() {
            Map<String, Integer> out = new TreeMap<>(reads);
            out.keySet().retainAll(List.of("Companion", "EpisodeOnset", "DayPlanModel", "FollowUpModel",
                    "CheckOffersModel"));
            return out;
        }
    }

    @Test
    void atStartTheOnsetAndEachTodayCardAreWorkedOutOnce() {
        CountingJournal journal = new CountingJournal(ctx.journal());
        TodayFeature today = new TodayFeature();
        WarningSignsFeature check = new WarningSignsFeature();
        List<Feature> features = List.of(today, check);
        FeatureContext app = new FeatureContext(clock, ctx.state(), journal, shell, ctx.ticker(), ctx.alerter(), alarms,
                ctx.notices()::report, org.backspasm.core.content.Loaded.of(
                        org.backspasm.core.content.SourceRegistry::loadDefault),
                org.backspasm.ui.source.SourceLines.of(org.backspasm.core.content.Loaded.of(
                        org.backspasm.core.content.SourceRegistry::loadDefault)),
                file -> { }, (f, t) -> { }, ctx.settings(), dataDir, features, ctx.data(), ctx.lang(),
                org.backspasm.ui.rating.ActivityEvents.NONE);
        fx(() -> features.forEach(f -> f.start(app)));
        Node view = today.screen().view();
        fx(() -> shell.showOverlay(view)); // Today is shown: its cards come on screen for the first time
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(visible(view, "#follow-up") && visible(view, "#check-offers") && visible(view, "#day-plan"),
                "the follow-up card, the offers and the day plan all show");
        assertEquals("Day 9 of this episode: your plan for today",
                ((Labeled) view.lookup("#day-plan-title")).getText(), "the plan has the shared onset");
        assertEquals(Map.of("CheckOffersModel", 1, "DayPlanModel", 1, "EpisodeOnset", 1, "FollowUpModel", 1),
                journal.today(), "who read the journal at start, and how often: " + journal.reads);

        fx(() -> ctx.journal().append(new PainRating(clock.instant(), 5, "", "")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, journal.today().get("EpisodeOnset"), "read again once when the journal changes");

        Instant later = Instant.parse("2026-11-21T09:00:00Z"); // an import brings a newer episode: day 2 now
        fx(() -> ctx.journal().appendAll(List.of(new EpisodeEvent(later, EpisodeEvent.Kind.STARTED, later))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Day 2 of this episode: your plan for today",
                ((Labeled) view.lookup("#day-plan-title")).getText(), "the onset follows an import too");
    }

    private static boolean visible(Node root, String query) {
        Node n = root.lookup(query);
        return n != null && n.isVisible();
    }
}
