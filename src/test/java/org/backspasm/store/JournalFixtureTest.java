package org.backspasm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.testing.FakeClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal written by the app as it was on 22 Nov 2026 (every entry kind, every mode, segment, outcome, level and
 * answer it could write) must keep reading, unchanged, whatever the records become.
 */
class JournalFixtureTest {
    static final String FIXTURE = "journal-2026-11-22.jsonl";

    @TempDir
    Path dir;

    static List<String> fixtureLines() throws IOException {
        try (InputStream in = JournalFixtureTest.class.getResourceAsStream(FIXTURE)) {
            assertNotNull(in, FIXTURE + " is on the test class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void everyLineOfTheOldJournalOpensWithoutANotice() throws IOException {
        Files.write(dir.resolve(JournalStore.FILE_NAME), fixtureLines(), StandardCharsets.UTF_8);
        StoreNotices notices = new StoreNotices();
        List<JournalEntry> read = JournalStore.open(dir, Runnable::run, notices, FakeClock.at("2026-11-28T10:00:00Z"))
                .entries();
        assertEquals(List.of(), notices.peekAll());
        assertEquals(List.of(
                "Episode started",
                "Pain 7/10: Bending over the sink <ouch> & \"sharp\"",
                "Ice, 20 min, completed",
                "Skin break, 20 min, skipped",
                "Ice, 20 min, stopped early",
                "Heat, 20 min, skipped",
                "Skin break, 20 min, stopped early",
                "Ice, 20 min, completed",
                "Skin break, 20 min, completed",
                "Heat, 20 min, completed",
                "Stretches: Gentle relief, completed",
                "Stretches: Gentle relief, stopped",
                "Stretches: Mobility, stopped for pain (8/10)",
                "Stretches: Mobility, stopped for pain",
                "Pain 6/10",
                "Warning-sign check: no warning signs reported",
                "Warning-sign check: book an appointment",
                "Warning-sign check: get advice today",
                "Warning-sign check: emergency signs reported",
                "Episode ended"), read.stream().map(JournalEntry::summary).toList());
    }

    @Test
    void everyLineRoundTripsToTheSameJson() throws IOException {
        for (String line : fixtureLines()) {
            JournalEntry entry = JournalCodec.decode(line);
            String again = JournalCodec.encode(entry);
            assertEquals(JsonParser.parseString(line), JsonParser.parseString(again), line);
            assertEquals(entry, JournalCodec.decode(again));
        }
    }
}
