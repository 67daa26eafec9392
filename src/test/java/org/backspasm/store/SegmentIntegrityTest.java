package org.backspasm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.journal.TherapySegmentRecord;
import org.backspasm.core.therapy.Mode;
import org.backspasm.core.therapy.TherapyPlan;
import org.backspasm.core.therapy.TherapySession;
import org.backspasm.core.therapy.TherapyState;
import org.backspasm.testing.FakeClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18, item 6: a segment that ends before it starts is unreadable; a segment journalled twice is kept once. */
class SegmentIntegrityTest {
    @TempDir
    Path dir;
    final FakeClock clock = FakeClock.at("2026-11-22T10:00:00Z");
    final StoreNotices notices = new StoreNotices();

    private static String segment(String actualStart, String actualEnd) {
        return "{\"type\":\"TherapySegmentRecord\",\"at\":\"2026-11-20T08:30:00Z\",\"mode\":\"ICE\",\"segment\":"
                + "\"APPLY_ICE\",\"round\":1,\"plannedStart\":\"2026-11-20T08:10:00Z\",\"plannedEnd\":"
                + "\"2026-11-20T08:30:00Z\",\"actualStart\":\"" + actualStart + "\",\"actualEnd\":\"" + actualEnd
                + "\",\"outcome\":\"COMPLETED\",\"note\":\"\"}";
    }

    @Test
    void aSegmentEndingBeforeItStartsIsUnreadableDataKeptAsideAndTold() throws IOException {
        String good = segment("2026-11-20T08:10:00Z", "2026-11-20T08:30:00Z");
        String backwards = segment("2026-11-20T08:30:00Z", "2026-11-20T08:10:00Z");
        String text = good + "\n" + backwards + "\n";
        Files.writeString(dir.resolve(JournalStore.FILE_NAME), text);

        JournalStore j = JournalStore.open(dir, Runnable::run, notices, clock);

        assertEquals(1, j.entries().size());
        assertEquals(List.of("1 journal entry could not be read, so it was left out. The journal as it was is kept as "
                + "journal.jsonl.unreadable-20261122-100000 in " + dir + "."), notices.peekAll());
        assertEquals(text, Files.readString(dir.resolve("journal.jsonl.unreadable-20261122-100000")));
        assertEquals(good + "\n", Files.readString(dir.resolve(JournalStore.FILE_NAME)));
        Path other = Files.createDirectory(dir.resolve("other"));
        Files.writeString(other.resolve(JournalStore.FILE_NAME), backwards + "\n");
        assertEquals("1 entry in " + other.resolve(JournalStore.FILE_NAME) + " cannot be read",
                assertThrows(IOException.class, () -> JournalStore.check(other)).getMessage(), "--status says so too");
    }

    @Test
    void aPlannedEndBeforeThePlannedStartIsRefusedToo() {
        String line = segment("2026-11-20T08:10:00Z", "2026-11-20T08:30:00Z")
                .replace("\"plannedEnd\":\"2026-11-20T08:30:00Z\"", "\"plannedEnd\":\"2026-11-20T08:00:00Z\"");
        assertThrows(RuntimeException.class, () -> JournalCodec.decode(line));
    }

    @Test
    void aCrashBetweenJournallingASegmentAndSavingTheTimerJournalsItOnce() {
        TherapyState[] saved = {TherapyState.EMPTY};
        JournalStore journal = JournalStore.open(dir, Runnable::run, notices, clock);
        TherapySession first = new TherapySession(clock, saved[0], s -> saved[0] = s, journal::append);
        first.start(TherapyPlan.defaults(Mode.ICE));
        clock.advance(Duration.ofMinutes(20));
        TherapyState beforeThePackCameOff = saved[0];
        first.next(true); // journals the pack, then saves the timer...
        saved[0] = beforeThePackCameOff; // ...but the app was killed before the save reached the disk

        clock.advance(Duration.ofMinutes(3));
        JournalStore reopened = JournalStore.open(dir, Runnable::run, notices, clock);
        TherapySession again = new TherapySession(clock, saved[0], s -> saved[0] = s, reopened::append);
        again.next(true); // the restarted app still shows the pack on, and the user takes it off again

        List<JournalEntry> segments = JournalStore.open(dir, Runnable::run, notices, clock).entries();
        assertEquals(1, segments.size(), segments.toString());
        assertTrue(segments.get(0) instanceof TherapySegmentRecord);
        assertEquals(1, reopened.entries().size());
        assertEquals(List.of(), notices.peekAll());
    }

    @Test
    void appendingAnEntryWhoseIdIsThereAlreadyChangesNothing() throws IOException {
        JournalStore j = JournalStore.open(dir, Runnable::run, notices, clock);
        List<JournalEntry> heard = new java.util.ArrayList<>();
        j.onAppend(heard::add);
        PainRating r = new PainRating(clock.instant(), 5, "", "");
        j.append(r);
        j.append(new PainRating(clock.instant(), 5, "", ""));
        j.append(new PainRating(r.id(), clock.instant().plusSeconds(60), 6, "edited elsewhere", ""));
        assertEquals(List.of(r), j.entries());
        assertEquals(List.of(r), heard);
        assertEquals(1, Files.readAllLines(dir.resolve(JournalStore.FILE_NAME)).size());
    }
}
