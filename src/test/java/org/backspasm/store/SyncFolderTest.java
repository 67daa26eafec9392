package org.backspasm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.testing.FakeClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 18, item 4: a data folder in a synced folder (conflict copies of the journal and the state, the lock). */
class SyncFolderTest {
    @TempDir
    Path dir;
    final FakeClock clock = new FakeClock(Instant.parse("2026-12-03T10:50:00Z"), ZoneId.of("Europe/London"));
    final StoreNotices notices = new StoreNotices();

    static final String SYNCTHING = "journal.sync-conflict-20261203-104200-ABCDEF7.jsonl";
    static final String DROPBOX = "journal (Ann's conflicted copy 2026-12-03).jsonl";
    static final String NEXTCLOUD = "journal (conflicted copy 2026-12-03 104200).jsonl";
    static final String DASH_CONFLICT = "journal-conflict-20261203-104200.jsonl";
    static final String ONEDRIVE = "journal-DESKTOP-4F2K9L.jsonl";

    private PainRating rating(int minute, int score) {
        return new PainRating(Instant.parse("2026-12-03T09:00:00Z").plusSeconds(60L * minute), score, "", "");
    }

    private void writeJournal(Path file, List<? extends JournalEntry> entries) throws IOException {
        StringBuilder text = new StringBuilder();
        entries.forEach(e -> text.append(JournalCodec.encode(e)).append('\n'));
        Files.writeString(file, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {SYNCTHING, DROPBOX, NEXTCLOUD, DASH_CONFLICT, ONEDRIVE})
    void aConflictCopyFromEachNamingSchemeIsMergedByIdAndKeptAside(String name) throws IOException {
        PainRating both = rating(0, 5);
        PainRating onlyHere = rating(1, 6);
        PainRating onlyThere = rating(2, 7);
        writeJournal(dir.resolve(JournalStore.FILE_NAME), List.of(both, onlyHere));
        writeJournal(dir.resolve(name), List.of(both, onlyThere));
        byte[] copy = Files.readAllBytes(dir.resolve(name));

        JournalStore journal = JournalStore.open(dir, Runnable::run, notices, clock);
        new SyncFolder(dir, journal, notices, clock).check();

        assertEquals(List.of(both, onlyHere, onlyThere), journal.entries());
        assertEquals(List.of(both, onlyHere, onlyThere), JournalStore.readOnly(dir), "on disk too");
        assertEquals(3, Files.readAllLines(dir.resolve(JournalStore.FILE_NAME)).size(), "none doubled in the file");
        assertFalse(Files.exists(dir.resolve(name)));
        assertTrue(java.util.Arrays.equals(copy, Files.readAllBytes(dir.resolve("sync-conflicts").resolve(name))),
                "the copy is kept aside, byte for byte");
        assertEquals(List.of("Your sync service had kept a second copy of your journal, " + name + " (two computers "
                + "changed it at the same time). The 1 entry that was only in that copy was added. Nothing is "
                + "doubled. The copy is kept as " + Path.of("sync-conflicts", name) + " in " + dir + "."),
                notices.peekAll());

        new SyncFolder(dir, journal, notices, clock).check();
        assertEquals(1, notices.peekAll().size(), "the next focus finds nothing more to do");
    }

    @Test
    void onlyTheSyncServicesCopiesAreTakenForCopies() {
        for (String name : List.of(SYNCTHING, DROPBOX, NEXTCLOUD, DASH_CONFLICT, ONEDRIVE, "journal-LAPTOP.jsonl",
                "journal_conflict-20261203.jsonl", "Journal (conflicted copy).jsonl")) {
            assertTrue(SyncCopies.isCopyOf(name, JournalStore.FILE_NAME), name);
        }
        for (String name : List.of("journal.jsonl", "journal.jsonl.unreadable-20261203-104200",
                ".journal.jsonl.x1y2.tmp", "state.sync-conflict-20261203-104200-ABCDEF7.json", "notes.txt",
                "journal-old.jsonl", "journal-2026.jsonl", "journal-LAPTOP.csv")) {
            assertFalse(SyncCopies.isCopyOf(name, JournalStore.FILE_NAME), name);
        }
        assertTrue(SyncCopies.isCopyOf("state.sync-conflict-20261203-104200-ABCDEF7.json", StateStore.FILE_NAME));
        assertTrue(SyncCopies.isCopyOf("state (conflicted copy 2026-12-03 104200).json", StateStore.FILE_NAME));
        assertTrue(SyncCopies.isCopyOf("state-LAPTOP.json", StateStore.FILE_NAME));
    }

    @Test
    void aCopyWithDamagedLinesGivesWhatItCanAndIsKeptWhole() throws IOException {
        writeJournal(dir.resolve(JournalStore.FILE_NAME), List.of(rating(0, 5)));
        Files.writeString(dir.resolve(SYNCTHING), JournalCodec.encode(rating(3, 2)) + "\nnot json\n{\"type\":\"Pain");
        JournalStore journal = JournalStore.open(dir, Runnable::run, notices, clock);
        new SyncFolder(dir, journal, notices, clock).check();
        assertEquals(List.of(rating(0, 5), rating(3, 2)), journal.entries());
        assertTrue(notices.peekAll().get(0).contains("Some lines of it could not be read and were left out."));
        assertTrue(Files.readString(dir.resolve("sync-conflicts").resolve(SYNCTHING)).endsWith("{\"type\":\"Pain"));
    }

    private static String state(String lastSeen, String theme) {
        return "{\"schemaVersion\":1," + (lastSeen == null ? "" : "\"lastSeen\":\"" + lastSeen + "\",")
                + "\"sections\":{\"settings\":{\"theme\":\"" + theme + "\"}}}";
    }

    @Test
    void aStateCopyUsedLaterWinsAtStartTheOtherIsKeptAsideAndTheUserIsTold() throws IOException {
        String here = state("2026-12-03T09:00:00Z", "LIGHT");
        String there = state("2026-12-03T10:42:00Z", "DARK");
        Files.writeString(dir.resolve(StateStore.FILE_NAME), here);
        Files.writeString(dir.resolve("state.sync-conflict-20261203-104200-ABCDEF7.json"), there);

        SyncFolder.settleStateAtStart(dir, notices, clock);

        assertEquals(there, Files.readString(dir.resolve(StateStore.FILE_NAME)));
        Path aside = dir.resolve("sync-conflicts").resolve("state.json.replaced-20261203-105000");
        assertEquals(here, Files.readString(aside));
        assertEquals(List.of("Your settings and timer were saved on two computers at once, and your sync service "
                + "kept both. The app goes on with the ones used last, on 3 Dec 2026, 10:42. The other (used on "
                + "3 Dec 2026, 09:00) is kept as " + Path.of("sync-conflicts", "state.json.replaced-20261203-105000")
                + " in " + dir + "."), notices.peekAll());
        assertEquals(List.of(), SyncCopies.of(dir, StateStore.FILE_NAME));
    }

    @Test
    void aStateCopyUsedEarlierLosesAndIsKeptAside() throws IOException {
        String here = state("2026-12-03T10:42:00Z", "LIGHT");
        String there = state("2026-12-03T09:00:00Z", "DARK");
        String name = "state (Ann's conflicted copy 2026-12-03).json";
        Files.writeString(dir.resolve(StateStore.FILE_NAME), here);
        Files.writeString(dir.resolve(name), there);

        SyncFolder.settleStateAtStart(dir, notices, clock);

        assertEquals(here, Files.readString(dir.resolve(StateStore.FILE_NAME)));
        assertEquals(there, Files.readString(dir.resolve("sync-conflicts").resolve(name)));
        assertTrue(notices.peekAll().get(0).contains("goes on with the ones used last, on 3 Dec 2026, 10:42. "
                + "The other (used on 3 Dec 2026, 09:00) is kept as"), notices.peekAll().toString());
    }

    @Test
    void anUnreadableStateCopyNeverWins() throws IOException {
        String here = state("2026-12-03T09:00:00Z", "LIGHT");
        Files.writeString(dir.resolve(StateStore.FILE_NAME), here);
        Files.writeString(dir.resolve("state-conflict-20261203.json"), "{\"schemaVersion\":1,\"sections\":");
        SyncFolder.settleStateAtStart(dir, notices, clock);
        assertEquals(here, Files.readString(dir.resolve(StateStore.FILE_NAME)));
        assertTrue(Files.exists(dir.resolve("sync-conflicts").resolve("state-conflict-20261203.json")));
    }

    @Test
    void everySaveOfTheStateSaysWhenItWasLastUsed() throws IOException {
        StateStore s = StateStore.open(dir, Runnable::run, notices, clock);
        s.put(org.backspasm.core.state.Sections.SETTINGS, org.backspasm.core.settings.Settings.defaults(java.util.Locale.UK));
        assertEquals(clock.instant(), SyncFolder.lastSeen(dir.resolve(StateStore.FILE_NAME)));
    }

    @Test
    void whileTheAppRunsItsOwnStateStaysAndTheCopyIsKeptAside() throws IOException {
        Files.writeString(dir.resolve("state.sync-conflict-20261203-104200-ABCDEF7.json"),
                state("2026-12-03T10:42:00Z", "DARK"));
        JournalStore journal = JournalStore.open(dir, Runnable::run, notices, clock);
        new SyncFolder(dir, journal, notices, clock).check();
        assertTrue(Files.exists(dir.resolve("sync-conflicts/state.sync-conflict-20261203-104200-ABCDEF7.json")));
        assertEquals(List.of("Your sync service had kept a second copy of your settings and timer, "
                + "state.sync-conflict-20261203-104200-ABCDEF7.json, last used on 3 Dec 2026, 10:42. The app "
                + "goes on with the ones in use here now; the copy is kept as "
                + Path.of("sync-conflicts", "state.sync-conflict-20261203-104200-ABCDEF7.json") + " in " + dir + "."),
                notices.peekAll());
    }

    @Test
    void theLockNamesTheComputerSoAnotherOneSeesWhoHasTheFolderOpen() throws IOException {
        InUse laptop = new InUse("LAPTOP", Instant.parse("2026-12-03T10:42:00Z"));
        laptop.claim(dir);

        Optional<InUse> seen = InUse.byAnotherComputer(dir, "DESKTOP");
        assertEquals(Optional.of(laptop), seen);
        assertEquals(Optional.empty(), InUse.byAnotherComputer(dir, "laptop"), "its own record is not another's");

        InUse desktop = new InUse("DESKTOP", Instant.parse("2026-12-03T11:00:00Z"));
        desktop.claim(dir); // the user chose "Open here anyway"
        laptop.release(dir); // the laptop closes later: the record is no longer its own, so it stays
        assertEquals(Optional.of(desktop), InUse.byAnotherComputer(dir, "LAPTOP"));
        desktop.release(dir);
        assertFalse(Files.exists(dir.resolve(InUse.FILE_NAME)));
        assertFalse(InUse.thisMachine().isBlank());
    }
}
