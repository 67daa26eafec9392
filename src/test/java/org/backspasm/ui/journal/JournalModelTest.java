package org.backspasm.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.backspasm.core.journal.Journal;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.testing.FakeClock;
import org.backspasm.testing.FiveYears;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The journal's model on its own: newest first, the filters, new entries followed at once. */
class JournalModelTest {
    private final FakeClock clock = FakeClock.at("2026-11-22T10:00:00Z");
    private final List<JournalEntry> stored = new CopyOnWriteArrayList<>();
    private final List<Consumer<JournalEntry>> listeners = new CopyOnWriteArrayList<>();
    private final Journal journal = new Journal() {
        @Override
        public List<JournalEntry> entries() {
            return List.copyOf(stored);
        }

        @Override
        public void append(JournalEntry entry) {
            stored.add(entry);
            listeners.forEach(l -> l.accept(entry));
        }

        @Override
        public void onAppend(Consumer<JournalEntry> listener) {
            listeners.add(listener);
        }
    };

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // appends are handed to the FX thread
    }

    private static PainRating pain(Instant at, int score) {
        return new PainRating(at, score, "", "");
    }

    private <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get();
    }

    @Test
    void newestFirstFilteredAndFollowingNewEntries() throws Exception {
        Instant t = clock.instant();
        stored.add(pain(t.minus(Duration.ofHours(2)), 3));
        stored.add(FiveYears.check(t.minus(Duration.ofHours(1))));
        JournalModel model = onFx(() -> new JournalModel(journal, Files::writeString));
        assertEquals(List.of(stored.get(1), stored.get(0)), onFx(() -> List.copyOf(model.entries())));
        onFx(() -> {
            model.setFilter(JournalModel.Filter.PAIN);
            return null;
        });
        assertEquals(List.of(stored.get(0)), onFx(() -> List.copyOf(model.entries())));
        PainRating later = pain(t, 7);
        onFx(() -> {
            journal.append(later);
            return null;
        });
        assertEquals(List.of(later, stored.get(0)), onFx(() -> List.copyOf(model.entries())), "followed at once");
        assertEquals(List.of(stored.get(0), later), onFx(model::painRatings), "ratings oldest first for the chart");
    }
}
