package org.backspasm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.backspasm.core.state.Sections;
import org.backspasm.core.episode.EpisodeBook;
import org.backspasm.core.state.Section;
import org.backspasm.core.therapy.Mode;
import org.backspasm.core.therapy.TherapyPlan;
import org.backspasm.core.therapy.TherapySession;
import org.backspasm.core.therapy.TherapyState;
import org.backspasm.store.StateStore;
import org.backspasm.store.StoreNotices;
import org.backspasm.testing.FakeClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusCommandTest {
    @TempDir
    Path dir;
    private final FakeClock clock = FakeClock.at("2026-11-22T14:00:00Z");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return StatusCommand.run(List.of(args), Map.of(), "Linux", dir.resolve("home"), clock,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    private void prepare() throws Exception {
        pausedInASkinBreak(StateStore.open(dir, Runnable::run, new StoreNotices(), clock), clock);
    }

    /**
     * An episode begun 50 h 30 min before 14:00, and an alternating session, heat first, 3 rounds, started then:
     * heat off at 14:20, the skin break paused at 14:27:30, the clock at 14:32:30 (12:30 left, paused).
     */
    static void pausedInASkinBreak(StateStore store, FakeClock clock) {
        EpisodeBook book = new EpisodeBook(clock, null, e -> store.put(Sections.EPISODE, e), e -> { });
        book.start(clock.instant().minus(Duration.ofHours(50).plusMinutes(30)));
        TherapySession session = new TherapySession(clock, TherapyState.EMPTY,
                s -> store.put(Sections.THERAPY, s), e -> { });
        session.start(new TherapyPlan(Mode.ALTERNATING, true, 20, 20, 3));
        clock.advanceMinutes(20);
        session.next(false); // heat off at 14:20, skin break until 14:40
        clock.advance(Duration.ofMinutes(7).plusSeconds(30));
        session.pause();
        clock.advanceMinutes(5);
    }

    @Test
    void jsonOnAPreparedFolder() throws Exception {
        prepare();
        String before = Files.readString(dir.resolve(StateStore.FILE_NAME));
        assertEquals(0, run("--status", "--json", "--data-dir", dir.toString()));
        JsonObject o = JsonParser.parseString(output()).getAsJsonObject();
        JsonObject e = o.getAsJsonObject("episode");
        assertEquals("2026-11-20T11:30:00Z", e.get("onset").getAsString());
        assertEquals("SWITCHOVER_WINDOW", e.get("phase").getAsString());
        assertEquals(51.0, e.get("hoursSinceOnset").getAsDouble(), 1e-9); // 50 h 30 min + 32.5 min
        JsonObject t = o.getAsJsonObject("timer");
        assertEquals("ALTERNATING", t.get("mode").getAsString());
        assertEquals("SKIN_BREAK", t.get("segment").getAsString());
        assertEquals(1, t.get("round").getAsInt());
        assertEquals(3, t.get("rounds").getAsInt());
        assertEquals(750, t.get("remainingSeconds").getAsLong());
        assertEquals("2026-11-22T14:45:00Z", t.get("segmentEndsAt").getAsString());
        assertTrue(t.get("paused").getAsBoolean());
        assertEquals(List.of("episode", "timer", "nextReminder"), List.copyOf(o.keySet()));
        JsonObject r = o.getAsJsonObject("nextReminder");
        assertEquals("WALK", r.get("kind").getAsString(), "walks are on by default while an episode is recorded");
        assertEquals("2026-11-22T17:45:00Z", r.get("at").getAsString(), "the third of the day: 11:15, 14:30, 17:45");
        assertEquals(List.of("onset", "phase", "hoursSinceOnset"), List.copyOf(e.keySet()));
        assertEquals(List.of("mode", "segment", "round", "rounds", "remainingSeconds", "segmentEndsAt", "paused",
                "stage", "overdueSeconds", "reminders", "remindersMax", "nextAlertAt"),
                List.copyOf(t.keySet()));
        assertEquals(before, Files.readString(dir.resolve(StateStore.FILE_NAME)), "read-only");
    }

    @Test
    void humanLineAndTheEnvironmentVariable() throws Exception {
        prepare();
        int code = StatusCommand.run(List.of("--status"), Map.of("BACKSPASM_DATA_DIR", dir.toString()), "Linux",
                dir.resolve("home"), clock, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code);
        assertEquals("Episode: 51 h since onset (48–72 hours: switchover). Timer: Skin break, round 1 of 3: "
                + "12:30 left, paused. Next reminder: a walk at 17:45.", output());
    }

    @Test
    void emptyFolderGivesNulls() {
        assertEquals(0, run("--status", "--json", "--data-dir", dir.toString()));
        assertEquals("{\"episode\":null,\"timer\":null,\"nextReminder\":null}", output());
        assertTrue(Files.notExists(dir.resolve(StateStore.FILE_NAME)), "nothing written");
    }

    @Test
    void corruptDataGivesAClearMessageAndExitCode2() throws Exception {
        Files.writeString(dir.resolve(StateStore.FILE_NAME), "{\"schemaVersion\":1,\"sections\":{\"therapy\":");
        assertEquals(2, run("--status", "--json", "--data-dir", dir.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot be read"));
        assertEquals("", output());
        Files.writeString(dir.resolve(StateStore.FILE_NAME),
                "{\"schemaVersion\":1,\"sections\":{\"therapy\":{\"run\":{\"plan\":{\"mode\":\"ICE\",\"applyMinutes\":99,"
                        + "\"breakMinutes\":20,\"rounds\":2},\"sessionStart\":\"2026-11-22T13:50:00Z\","
                        + "\"segmentStart\":\"2026-11-22T13:50:00Z\"}}}}");
        assertEquals(2, run("--status", "--data-dir", dir.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("\"therapy\" part of " + dir.resolve("state.json") + " cannot be read"));
    }

    @Test
    void overdueAndReminderStateMatchTheAlarm() throws Exception {
        StateStore store = StateStore.open(dir, Runnable::run, new StoreNotices(), clock);
        TherapySession session = new TherapySession(clock, TherapyState.EMPTY,
                s -> store.put(Sections.THERAPY, s), e -> { });
        session.start(new TherapyPlan(Mode.ICE, false, 20, 20, 2));
        clock.advance(Duration.ofMinutes(27).plusSeconds(10)); // 7 min 10 s over: reminders at 22, 24, 26
        assertEquals(0, run("--status", "--json", "--data-dir", dir.toString()));
        com.google.gson.JsonObject t = com.google.gson.JsonParser.parseString(output()).getAsJsonObject()
                .getAsJsonObject("timer");
        assertEquals("PACK_OFF_DUE", t.get("stage").getAsString());
        assertEquals(430, t.get("overdueSeconds").getAsLong());
        assertEquals(3, t.get("reminders").getAsInt());
        assertEquals(10, t.get("remindersMax").getAsInt());
        assertEquals(session.run().orElseThrow().sessionStart().plus(Duration.ofMinutes(28)).toString(),
                t.get("nextAlertAt").getAsString());
        out.reset();
        assertEquals(0, run("--status", "--data-dir", dir.toString()));
        assertTrue(output().endsWith("take it off; reminder 3 of 10, next at 14:28."), output());
        clock.advanceMinutes(60);
        out.reset();
        assertEquals(0, run("--status", "--data-dir", dir.toString()));
        assertTrue(output().endsWith("reminder 10 of 10, no more reminders."), output());
    }

    @Test
    void aDamagedAlertsSectionExits2LikeAnyOther() throws Exception {
        Files.writeString(dir.resolve(StateStore.FILE_NAME),
                "{\"schemaVersion\":1,\"sections\":{\"alerts\":{\"raiseWindow\":\"yes\",\"desktopNotifications\":true}}}");
        String before = Files.readString(dir.resolve(StateStore.FILE_NAME));
        assertEquals(ExitCodes.UNREADABLE_DATA, run("--status", "--data-dir", dir.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("\"alerts\" part of"), err.toString(StandardCharsets.UTF_8));
        assertEquals("", output());
        assertEquals(before, Files.readString(dir.resolve(StateStore.FILE_NAME)), "nothing changed");
    }

    @Test
    void everyStoredSectionIsChecked() throws Exception {
        for (Section<?> section : Sections.ALL) {
            Files.writeString(dir.resolve(StateStore.FILE_NAME), "{\"schemaVersion\":1,\"sections\":{\""
                    + section.key() + "\":{\"noSuchField\":1}}}");
            err.reset();
            assertEquals(ExitCodes.UNREADABLE_DATA, run("--status", "--json", "--data-dir", dir.toString()),
                    section.key());
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("\"" + section.key() + "\" part"), section.key());
        }
    }
}
