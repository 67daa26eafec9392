package org.backspasm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backspasm.core.journal.CheckAnswer;
import org.backspasm.core.journal.CheckLevel;
import org.backspasm.core.journal.EpisodeEvent;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.SegmentOutcome;
import org.backspasm.core.journal.StretchOutcome;
import org.backspasm.core.journal.StretchSessionRecord;
import org.backspasm.core.journal.TherapyMode;
import org.backspasm.core.journal.TherapySegment;
import org.backspasm.core.journal.TherapySegmentRecord;
import org.backspasm.core.journal.WarningSignCheckRecord;
import org.backspasm.testing.FakeClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal written by the app as it was on 22 Nov 2026 (every entry kind, every mode, segment, outcome, level and
 * answer it could write) must keep reading, unchanged, whatever the records become. The fixture was written by
 * {@code JournalStore.append} at commit d16bebb, when these values were still plain strings; never edit it by hand.
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
    void everyLineRoundTripsToTheSameJsonPlusItsDerivedId() throws IOException {
        for (String line : fixtureLines()) {
            JournalEntry entry = JournalCodec.decode(line);
            String again = JournalCodec.encode(entry);
            com.google.gson.JsonObject expected = JsonParser.parseString(line).getAsJsonObject();
            expected.addProperty("id", entry.id());
            assertEquals(expected, JsonParser.parseString(again), line);
            assertEquals(entry, JournalCodec.decode(again));
            assertEquals(entry, JournalCodec.decode(line), "the id derived again is the same");
        }
    }

    /** The derivation is part of the file format (DATA.md): these ids must never change. */
    @Test
    void oldEntriesGetTheIdsDerivedFromTheirContentAlways() throws IOException {
        List<String> ids = fixtureLines().stream().map(l -> JournalCodec.decode(l).id()).toList();
        assertEquals("07ff3f1c130c499fad6ada1059a52a8b", ids.get(0));
        assertEquals(List.of("2c95563e990ed98dfcf21437643f758a", "2624fafe3128daf80e3c4563436cbd63",
                "629db96b7abcc6689f72bc49408c16c0"), List.of(ids.get(1), ids.get(2), ids.get(19)));
        assertEquals(ids.size(), new HashSet<>(ids).size(), "every entry of the fixture has an id of its own");
    }

    @Test
    void theFixtureHoldsEveryValueOfEveryClosedType() throws IOException {
        Set<Object> seen = new HashSet<>();
        for (String line : fixtureLines()) {
            JournalEntry e = JournalCodec.decode(line);
            if (e instanceof TherapySegmentRecord t) {
                seen.addAll(List.of(t.mode(), t.segment(), t.outcome()));
            } else if (e instanceof StretchSessionRecord r) {
                seen.add(r.outcome());
            } else if (e instanceof WarningSignCheckRecord c) {
                seen.add(c.level());
                seen.addAll(c.answers().values());
            } else if (e instanceof EpisodeEvent ev) {
                seen.add(ev.kind());
            }
        }
        for (Class<? extends Enum<?>> type : List.of(TherapyMode.class, TherapySegment.class, SegmentOutcome.class,
                StretchOutcome.class, CheckLevel.class, CheckAnswer.class, EpisodeEvent.Kind.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                assertEquals(!value.name().equals("UNKNOWN"), seen.contains(value), type.getSimpleName() + "." + value);
            }
        }
    }

    @Test
    void aValueThisVersionDoesNotKnowReadsAsUnknownInsteadOfLosingTheEntry() {
        TherapySegmentRecord t = (TherapySegmentRecord) JournalCodec.decode("{\"type\":\"TherapySegmentRecord\","
                + "\"at\":\"2026-11-20T08:30:00Z\",\"mode\":\"CONTRAST\",\"segment\":\"APPLY_COLD_WATER\","
                + "\"round\":1,\"outcome\":7,\"note\":\"\"}");
        assertEquals(List.of(TherapyMode.UNKNOWN, TherapySegment.UNKNOWN, SegmentOutcome.UNKNOWN),
                List.of(t.mode(), t.segment(), t.outcome()));
        assertEquals("Ice or heat, 0 min, ended", t.summary());

        StretchSessionRecord r = (StretchSessionRecord) JournalCodec.decode("{\"type\":\"StretchSessionRecord\","
                + "\"at\":\"2026-11-21T09:10:00Z\",\"routineName\":\"Gentle relief\",\"outcome\":\"PAUSED\"}");
        assertEquals(StretchOutcome.UNKNOWN, r.outcome());
        assertEquals("Stretches: Gentle relief, stopped", r.summary());

        WarningSignCheckRecord c = (WarningSignCheckRecord) JournalCodec.decode("{\"type\":\"WarningSignCheckRecord\","
                + "\"at\":\"2026-11-22T10:00:00Z\",\"level\":\"SEVERE\",\"answers\":{\"fever\":\"MAYBE\",\"x\":\"NO\"}}");
        assertEquals(CheckLevel.UNKNOWN, c.level());
        assertEquals(Map.of("fever", CheckAnswer.UNKNOWN, "x", CheckAnswer.NO), c.answers());
        assertEquals("Warning-sign check: result could not be read", c.summary());
    }

    @Test
    void aMissingValueReadsAsUnknownToo() {
        WarningSignCheckRecord c = (WarningSignCheckRecord) JournalCodec.decode(
                "{\"type\":\"WarningSignCheckRecord\",\"at\":\"2026-11-22T10:00:00Z\"}");
        assertEquals(CheckLevel.UNKNOWN, c.level());
        TherapySegmentRecord t = (TherapySegmentRecord) JournalCodec.decode(
                "{\"type\":\"TherapySegmentRecord\",\"at\":\"2026-11-20T08:30:00Z\"}");
        assertEquals(SegmentOutcome.UNKNOWN, t.outcome());
    }
}
