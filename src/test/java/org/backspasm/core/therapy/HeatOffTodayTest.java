package org.backspasm.core.therapy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.backspasm.core.state.Sections;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.store.StateStore;
import org.backspasm.store.StoreNotices;
import org.backspasm.testing.FakeClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A yes to the drowsiness question switches heat off for that day only, and survives a restart that day. */
class HeatOffTodayTest {
    @TempDir
    Path dir;
    private final FakeClock clock = FakeClock.at("2026-11-22T20:00:00Z");
    private final List<JournalEntry> journal = new ArrayList<>();

    private TherapySession open() throws Exception {
        StateStore store = StateStore.open(dir, Runnable::run, new StoreNotices(), clock);
        TherapyState saved = store.get(Sections.THERAPY, TherapyState.EMPTY);
        return new TherapySession(clock, saved, s -> store.put(Sections.THERAPY, s), journal::add);
    }

    @Test
    void heatIsOffForThatDayOnlyWhateverRestartsInBetween() throws Exception {
        TherapySession s = open();
        s.setHeatOffToday(true);
        LocalDate today = LocalDate.now(clock);
        assertTrue(s.safety().blockedOn(Modality.HEAT, today));
        assertFalse(s.safety().blocked(Modality.HEAT), "not a lasting caution");
        assertFalse(s.safety().blockedOn(Modality.ICE, today));
        assertThrows(IllegalStateException.class, () -> s.start(TherapyPlan.defaults(Mode.HEAT)));
        assertThrows(IllegalStateException.class, () -> s.start(TherapyPlan.defaults(Mode.ALTERNATING)));

        TherapySession reopened = open(); // closed and opened the same evening
        assertTrue(reopened.safety().heatOffOnDay(today));
        assertThrows(IllegalStateException.class, () -> reopened.start(TherapyPlan.defaults(Mode.HEAT)));

        clock.advance(Duration.ofHours(5)); // past midnight: a new day
        TherapySession nextDay = open();
        assertFalse(nextDay.safety().blockedOn(Modality.HEAT, LocalDate.now(clock)));
        nextDay.start(TherapyPlan.defaults(Mode.HEAT));
        assertTrue(nextDay.running());
    }

    @Test
    void aMistakenYesCanBeUndone() throws Exception {
        TherapySession s = open();
        s.setHeatOffToday(true);
        s.setHeatOffToday(false);
        assertNull(s.safety().heatOffOn());
        s.start(TherapyPlan.defaults(Mode.HEAT));
        assertTrue(s.running());
    }

    @Test
    void aStateFileFromBeforeTheQuestionReadsWithHeatOn() throws Exception {
        Files.writeString(dir.resolve("state.json"), "{\"schemaVersion\":1,\"sections\":{\"therapy\":{\"safety\":"
                + "{\"iceConcern\":false,\"heatConcern\":false,\"heatClearedFor\":\"ep1\"}}}}", StandardCharsets.UTF_8);
        TherapySession s = open();
        assertEquals("ep1", s.safety().heatClearedFor());
        assertNull(s.safety().heatOffOn());
        assertFalse(s.safety().blockedOn(Modality.HEAT, LocalDate.now(clock)));
    }
}
