package org.backspasm.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.backspasm.core.journal.CheckAnswer;
import org.backspasm.core.journal.CheckLevel;
import org.backspasm.core.journal.EpisodeEvent;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.journal.WarningSignCheckRecord;
import org.backspasm.testing.FakeClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalStoreTest {
    @TempDir
    Path dir;
    final FakeClock clock = FakeClock.at("2026-11-22T10:00:00Z");
    final StoreNotices notices = new StoreNotices();

    @Test
    void appendsOneLinePerEntryAndReadsThemBack() throws IOException {
        JournalStore j = JournalStore.open(dir, Runnable::run, notices, clock);
        Instant t = clock.instant();
        j.append(new PainRating(t, 7, "bending over", ""));
        j.append(new EpisodeEvent(t, EpisodeEvent.Kind.STARTED, t.minusSeconds(3600)));
        j.append(new WarningSignCheckRecord(t, CheckLevel.NONE, Map.of("saddle-numbness", CheckAnswer.NO), List.of(), List.of()));
        List<String> lines = Files.readAllLines(dir.resolve("journal.jsonl"));
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("{\"type\":\"PainRating\""));

        List<JournalEntry> read = JournalStore.open(dir, Runnable::run, notices, clock).entries();
        assertEquals(3, read.size());
        PainRating p = assertInstanceOf(PainRating.class, read.get(0));
        assertEquals(7, p.score());
        assertEquals("bending over", p.note());
        assertEquals(Map.of("saddle-numbness", CheckAnswer.NO), ((WarningSignCheckRecord) read.get(2)).answers());
        assertEquals(List.of(), notices.peekAll());
    }

    @Test
    void aTornLastLineIsLeftOutTheJournalAsItWasIsKeptAndTheUserIsTold() throws IOException {
        JournalStore j = JournalStore.open(dir, Runnable::run, notices, clock);
        j.append(new PainRating(clock.instant(), 4, "", ""));
        Files.writeString(dir.resolve("journal.jsonl"), "{\"type\":\"PainRating\",\"at\":\"2026-11-2",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        byte[] asItWas = Files.readAllBytes(dir.resolve("journal.jsonl"));

        JournalStore reopened = JournalStore.open(dir, Runnable::run, notices, clock);
        assertEquals(1, reopened.entries().size());
        assertEquals(1, notices.peekAll().size());
        assertTrue(notices.peekAll().get(0).contains("half written"));
        Path kept = dir.resolve("journal.jsonl.unreadable-20261122-100000");
        assertArrayEquals(asItWas, Files.readAllBytes(kept));

        reopened.append(new PainRating(clock.instant(), 5, "", ""));
        StoreNotices later = new StoreNotices();
        List<JournalEntry> all = JournalStore.open(dir, Runnable::run, later, clock).entries();
        assertEquals(2, all.size(), "the next entry starts on its own line");
        assertEquals(List.of(), later.peekAll(), "said once: the journal reads clean afterwards");
    }

    @Test
    void damagedLinesAreLeftOutOnceAndKeptByteForByte() throws IOException {
        String good = "{\"type\":\"PainRating\",\"at\":\"2026-11-22T09:00:00Z\",\"score\":3}";
        String text = good + "\n" + "garbage\n"
                + "{\"type\":\"FromTheFuture\",\"at\":\"2026-11-22T09:00:00Z\"}\n"
                + "{\"type\":\"PainRating\",\"at\":\"2026-11-22T09:00:00Z\",\"score\":42}\n" + good + "\n";
        Files.writeString(dir.resolve("journal.jsonl"), text);
        JournalStore j = JournalStore.open(dir, Runnable::run, notices, clock);
        assertEquals(1, j.entries().size(), "the same entry twice (the same id) reads once");
        assertTrue(notices.peekAll().get(0).startsWith("3 journal entries could not be read"), notices.peekAll().toString());
        assertEquals(text, Files.readString(dir.resolve("journal.jsonl.unreadable-20261122-100000")));
        assertEquals(good + "\n" + good + "\n", Files.readString(dir.resolve("journal.jsonl")), "the readable lines as they were");
    }

    @Test
    void listenersHearEveryAppend() {
        JournalStore j = JournalStore.open(dir, Runnable::run, notices, clock);
        List<JournalEntry> heard = new java.util.ArrayList<>();
        j.onAppend(heard::add);
        j.append(new PainRating(clock.instant(), 2, null, null));
        assertEquals(1, heard.size());
    }
}
