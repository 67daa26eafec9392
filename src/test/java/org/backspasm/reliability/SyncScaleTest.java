package org.backspasm.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.store.JournalFixture;
import org.backspasm.store.JournalStore;
import org.backspasm.store.StoreNotices;
import org.backspasm.store.SyncFolder;
import org.backspasm.testing.FakeClock;
import org.backspasm.testing.FiveYears;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synced folder at scale (issue 18): two computers each added a week of entries (1,000) to a long journal, and
 * the sync service kept the second computer's journal as a conflict copy. Merging it gives every entry once, in
 * seconds; a focus with nothing to merge costs a folder listing. 10,000 entries in {@code mvn test}, 100,000 (five
 * years) with {@code -Preliability}. Figures go to {@code target/reliability/sync.txt}.
 */
class SyncScaleTest {
    static final int SHARED = Boolean.getBoolean("reliability.startup") ? 100_000 : 10_000;
    static final int EACH = 1_000;

    @TempDir
    Path dir;
    @TempDir
    Path other;

    @Test
    void aConflictCopyOfAFiveYearJournalMergesEveryEntryOnceInSeconds() throws Exception {
        List<JournalEntry> all = FiveYears.entries(SHARED + 2 * EACH);
        List<JournalEntry> here = new ArrayList<>(all.subList(0, SHARED + EACH));
        List<JournalEntry> there = new ArrayList<>(all.subList(0, SHARED));
        there.addAll(all.subList(SHARED + EACH, SHARED + 2 * EACH));
        JournalFixture.write(dir, here);
        JournalFixture.write(other, there);
        String name = "journal.sync-conflict-20261203-104200-ABCDEF7.jsonl";
        Files.move(other.resolve(JournalStore.FILE_NAME), dir.resolve(name));
        FakeClock clock = FakeClock.at("2026-12-03T10:50:00Z");
        StoreNotices notices = new StoreNotices();

        JournalStore journal = JournalStore.open(dir, Runnable::run, notices, clock);
        SyncFolder sync = new SyncFolder(dir, journal, notices, clock);
        long t0 = System.nanoTime();
        sync.check();
        double mergeMs = (System.nanoTime() - t0) / 1e6;

        int focusChecks = 2_000;
        long t1 = System.nanoTime();
        for (int i = 0; i < focusChecks; i++) {
            sync.check();
        }
        double focusUs = (System.nanoTime() - t1) / 1e3 / focusChecks;

        List<JournalEntry> read = JournalStore.readOnly(dir);
        assertEquals(all.size(), read.size());
        assertEquals(new HashSet<>(all), new HashSet<>(read), "every entry of both computers, once");
        assertEquals(all.size(), Files.readAllLines(dir.resolve(JournalStore.FILE_NAME)).size());
        assertEquals(1, notices.peekAll().size());
        Report.line("sync.txt", String.format(Locale.ROOT, "journal %d entries + conflict copy %d entries (%d only "
                + "there, %.1f MB): merged in %.0f ms, %d added, 0 doubled; a focus with nothing to merge %.0f µs "
                + "(mean of %d)", here.size(), there.size(), EACH, Files.size(dir.resolve("sync-conflicts")
                .resolve(name)) / 1048576.0, mergeMs, EACH, focusUs, focusChecks));
        assertTrue(mergeMs < 10_000, "merge took " + mergeMs + " ms");
    }
}
