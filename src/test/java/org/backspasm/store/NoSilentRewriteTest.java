package org.backspasm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.backspasm.core.state.Sections;
import org.backspasm.core.therapy.Mode;
import org.backspasm.core.therapy.TherapyPlan;
import org.backspasm.core.therapy.TherapyRun;
import org.backspasm.core.therapy.TherapySession;
import org.backspasm.core.therapy.TherapyState;
import org.backspasm.testing.FakeClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stored timer that makes no sense is unreadable data, never quietly "corrected": a negative time paused used to
 * become zero, and instants in the year 99999 used to be re-based to now with a fresh countdown. Now the timer
 * starts fresh, the file as it was is kept beside it, and the user is told.
 */
class NoSilentRewriteTest {
    @TempDir
    Path dir;
    final FakeClock clock = FakeClock.at("2026-11-22T10:00:00Z");
    final StoreNotices notices = new StoreNotices();

    private static final String RUN = "{\"schemaVersion\":1,\"sections\":{\"therapy\":{\"run\":{\"plan\":{\"mode\":\"ICE\","
            + "\"heatFirst\":false,\"applyMinutes\":20,\"breakMinutes\":20,\"rounds\":2},\"sessionStart\":\"%s\","
            + "\"index\":0,\"segmentDueAt\":\"%s\",\"segmentStart\":\"%s\",\"pausedTotal\":\"%s\",\"lastSeen\":\"%s\"}}}}";

    private static String run(String at, String paused) {
        return String.format(RUN, at, at, at, paused, at);
    }

    @ParameterizedTest
    @ValueSource(strings = {"negative-pause", "year-99999", "year-1900", "segment-past-plan"})
    void aTimerThatMakesNoSenseStartsFreshIsKeptAndIsReported(String kind) throws IOException {
        String text = switch (kind) {
            case "negative-pause" -> run("2026-11-22T09:50:00Z", "-PT5M");
            case "year-99999" -> run("+99999-01-01T00:00:00Z", "PT0S");
            case "year-1900" -> run("1900-01-01T00:00:00Z", "PT0S");
            default -> run("2026-11-22T09:50:00Z", "PT0S").replace("\"index\":0", "\"index\":3");
        };
        Files.writeString(dir.resolve("state.json"), text);
        StateStore store = StateStore.open(dir, Runnable::run, notices, clock);
        TherapyState read = store.get(Sections.THERAPY, TherapyState.EMPTY);

        assertEquals(TherapyState.EMPTY, read, "no timer is made up");
        TherapySession session = new TherapySession(clock, read, s -> store.put(Sections.THERAPY, s), e -> { });
        assertTrue(session.status().isEmpty(), "no fresh countdown starts by itself");
        assertEquals(text, Files.readString(dir.resolve("state.json.unreadable-20261122-100000")), "kept byte for byte");
        assertEquals(1, notices.peekAll().size(), notices.peekAll().toString());
        assertTrue(notices.peekAll().get(0).startsWith("The ice and heat timer and its safety answers could not be read"),
                notices.peekAll().get(0));
    }

    @Test
    void aSettingWithANameThisVersionDoesNotKnowIsKeptAndReported() throws IOException {
        String text = "{\"schemaVersion\":1,\"sections\":{\"settings\":{\"theme\":\"PURPLE\",\"textSize\":\"LARGE\","
                + "\"emergencyNumber\":\"999\",\"soundOn\":true}}}";
        Files.writeString(dir.resolve("state.json"), text);
        StateStore store = StateStore.open(dir, Runnable::run, notices, clock);
        org.backspasm.core.settings.Settings read = store.get(Sections.SETTINGS, null);

        assertEquals(null, read, "the settings start fresh instead of quietly becoming the light theme");
        assertEquals(text, Files.readString(dir.resolve("state.json.unreadable-20261122-100000")), "kept byte for byte");
        assertEquals(1, notices.peekAll().size(), notices.peekAll().toString());
    }

    @Test
    void theRunItselfRefusesNonsense() {
        TherapyPlan plan = TherapyPlan.defaults(Mode.ICE);
        Instant t = Instant.parse("2026-11-22T09:50:00Z");
        assertThrows(IllegalArgumentException.class,
                () -> new TherapyRun(plan, t, 0, t, t, null, Duration.ofMinutes(-5), t));
        assertThrows(IllegalArgumentException.class, () -> new TherapyRun(plan, t, 3, t, t, null, Duration.ZERO, t));
        assertEquals(2, new TherapyRun(plan, t, 2, t, t, null, null, null).index(), "the last pack is in the plan");
        TherapyPlan open = new TherapyPlan(Mode.ICE, false, 20, 20, TherapyPlan.UNTIL_STOPPED);
        assertEquals(41, new TherapyRun(open, t, 41, t, t, null, null, null).index(), "until stopped has no end");
    }
}
