package org.backspasm.ui.companion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.backspasm.core.companion.PlanItem;
import org.backspasm.core.companion.PlanItemKind;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.WalkRecord;
import org.backspasm.testing.FakeClock;
import org.backspasm.ui.text.Lang;
import org.junit.jupiter.api.Test;

/** The day plan's model, as plain state: worked out when Today shows it, and again when asked, never before. */
class DayPlanModelTest {
    private final FakeClock clock = FakeClock.at("2026-11-22T10:00:00Z");
    private final List<JournalEntry> journal = new ArrayList<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final DayPlanModel model = new DayPlanModel(() -> {
        reads.incrementAndGet();
        return List.copyOf(journal);
    }, journal::add, () -> Optional.of(clock.instant().minus(Duration.ofDays(3))), clock, new Lang(Locale.UK),
            org.backspasm.ui.rating.ActivityEvents.NONE);

    private int walks() {
        return model.plan().items().stream().filter(i -> i.kind() == PlanItemKind.WALK)
                .mapToInt(PlanItem::doneToday).sum();
    }

    @Test
    void nothingIsReadBeforeTodayShowsThePlan() {
        assertEquals(0, reads.get(), "five years of journal are not read at start only to be read again");
        assertNull(model.plan());
        model.refresh(); // what the card does when Today shows it
        assertEquals(1, reads.get());
        assertEquals(OptionalLong.of(4), model.plan().day());
        assertEquals(0, walks());
    }

    @Test
    void iWalkedIsRecordedAndTickedOff() {
        model.refresh();
        model.recordWalk();
        assertEquals(1, journal.size());
        assertEquals(Instant.parse("2026-11-22T10:00:00Z"), ((WalkRecord) journal.get(0)).at());
        assertEquals(1, walks());
    }
}
