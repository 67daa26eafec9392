package org.backspasm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.backspasm.core.state.Sections;
import org.backspasm.core.state.Section;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.backspasm.core.settings.Settings;
import org.backspasm.core.settings.Theme;
import org.backspasm.testing.FakeClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateStoreTest {
    /** A part only this test stores. */
    private static final Section<Integer> COUNTER = new Section<>("counter", Integer.class, -1, "a counter");

    @TempDir
    Path dir;
    final FakeClock clock = FakeClock.at("2026-11-22T10:00:00Z");
    final StoreNotices notices = new StoreNotices();

    @Test
    void savesAndReadsBackASection() throws IOException {
        StateStore s = StateStore.open(dir, Runnable::run, notices, clock);
        s.put(Sections.SETTINGS, Settings.defaults(Locale.UK).withTheme(Theme.DARK));
        StateStore again = StateStore.open(dir, Runnable::run, notices, clock);
        Settings read = again.get(Sections.SETTINGS);
        assertEquals(Theme.DARK, read.theme());
        assertEquals("999", read.emergencyNumber());
        assertTrue(Files.readString(dir.resolve("state.json")).contains("\"schemaVersion\": 1")
                || Files.readString(dir.resolve("state.json")).contains("\"schemaVersion\":1"));
        assertEquals(List.of(), notices.peekAll());
    }

    @Test
    void writesAtomicallyLeavingNoTempFiles() throws IOException {
        StateStore s = StateStore.open(dir, Runnable::run, notices, clock);
        for (int i = 0; i < 20; i++) {
            s.put(COUNTER, i);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("state.json"), files.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals(19, StateStore.open(dir, Runnable::run, notices, clock).get(COUNTER));
    }

    @Test
    void writeReplacesTheWholeFileOrNothing() throws IOException {
        Path target = dir.resolve("x.json");
        Files.writeString(target, "old");
        FileSafety.writeAtomically(target, "new text");
        assertEquals("new text", Files.readString(target));
    }

    @Test
    void corruptFileIsMovedAsideAndReported() throws IOException {
        Files.writeString(dir.resolve("state.json"), "{\"schemaVersion\": 1, \"sections\": {\"settings\": {");
        StateStore s = StateStore.open(dir, Runnable::run, notices, clock);
        assertEquals(Sections.SETTINGS.fallback(), s.get(Sections.SETTINGS));
        Path aside = dir.resolve("state.json.unreadable-20261122-100000");
        assertTrue(Files.exists(aside), "the unreadable file is kept");
        assertTrue(Files.readString(aside).startsWith("{\"schemaVersion\": 1"));
        assertEquals(1, notices.peekAll().size());
        assertTrue(notices.peekAll().get(0).contains("state.json.unreadable-20261122-100000"));
    }

    @Test
    void aFileWithoutSchemaVersionIsMovedAside() throws IOException {
        Files.writeString(dir.resolve("state.json"), "[1,2,3]");
        StateStore.open(dir, Runnable::run, notices, clock);
        assertTrue(Files.exists(dir.resolve("state.json.unreadable-20261122-100000")));
    }

    @Test
    void aNewerSchemaIsLeftUntouchedAndNeverSavedOver() throws IOException {
        String newer = "{\"schemaVersion\": 99, \"sections\": {\"settings\": {\"theme\": \"DARK\"}}}";
        Files.writeString(dir.resolve("state.json"), newer);
        StateStore s = StateStore.open(dir, Runnable::run, notices, clock);
        assertEquals(Sections.SETTINGS.fallback(), s.get(Sections.SETTINGS), "this version does not guess");
        s.put(Sections.SETTINGS, Settings.defaults(Locale.UK));
        assertEquals(Settings.defaults(Locale.UK), s.get(Sections.SETTINGS), "kept in memory");
        assertEquals(newer, Files.readString(dir.resolve("state.json")), "never written over");
        assertEquals(1, notices.peekAll().size());
        assertTrue(notices.peekAll().get(0).contains("newer version"), notices.peekAll().toString());
        NewerDataException e = assertThrows(NewerDataException.class, () -> StateStore.readOnly(dir));
        assertEquals(99, e.found());
    }

    @Test
    void aSectionThatNoLongerFitsItsTypeIsResetAndTheFileAsItWasIsKept() throws IOException {
        String text = "{\"schemaVersion\":1,\"sections\":{\"settings\":[true],\"other\":5}}";
        Files.writeString(dir.resolve("state.json"), text);
        StateStore s = StateStore.open(dir, Runnable::run, notices, clock);
        Settings fallback = Settings.defaults(Locale.UK);
        assertEquals(fallback, s.get(Sections.SETTINGS, fallback));
        assertEquals(text, Files.readString(dir.resolve("state.json.unreadable-20261122-100000")));
        assertEquals("{\"schemaVersion\":1,\"lastSeen\":\"2026-11-22T10:00:00Z\",\"sections\":{\"other\":5}}",
                Files.readString(dir.resolve("state.json")),
                "saved without the part, so the next start does not find it again");
        assertEquals(1, notices.peekAll().size());
        assertTrue(notices.peekAll().get(0).startsWith("Your settings could not be read"), notices.peekAll().toString());
    }

    @Test
    void aFailedSaveIsReportedInPlainWords() throws IOException {
        Path file = dir.resolve("blocked");
        Files.writeString(file, "a file where the folder should be");
        StateStore s = StateStore.open(file.resolve("sub"), Runnable::run, notices, clock);
        s.put(COUNTER, 1);
        s.put(COUNTER, 2);
        List<String> all = notices.peekAll();
        assertEquals(1, all.stream().filter(m -> m.startsWith("Your changes are not being saved")).count(), all.toString());
    }
}
