package org.backspasm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.backspasm.core.journal.EpisodeEvent;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.journal.SegmentOutcome;
import org.backspasm.core.journal.TherapyMode;
import org.backspasm.core.journal.TherapySegment;
import org.backspasm.core.journal.TherapySegmentRecord;
import org.backspasm.testing.FakeClock;

/**
 * Any journal split into two replicas (the one the app finds and a sync service's conflict copy), with any overlap,
 * in any order, some lines written before entries had ids, some written twice: after the merge the journal holds
 * every entry exactly once, in memory and on disk, and the copy is kept aside whole.
 */
class JournalMergePropertyTest {
    private static final List<String> NAMES = List.of(SyncFolderTest.SYNCTHING, SyncFolderTest.DROPBOX,
            SyncFolderTest.NEXTCLOUD, SyncFolderTest.DASH_CONFLICT, SyncFolderTest.ONEDRIVE);
    private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");

    /** Entry i: a rating, an episode event or an ice segment, each different from every other. */
    static JournalEntry entry(int i) {
        Instant at = T0.plus(Duration.ofMinutes(37L * i));
        return switch (i % 3) {
            case 0 -> new PainRating(at, i % 11, i % 4 == 0 ? "note " + i : "", "");
            case 1 -> new EpisodeEvent(at, EpisodeEvent.Kind.STARTED, at.minusSeconds(3600));
            default -> new TherapySegmentRecord(at.plusSeconds(1200), TherapyMode.ICE, TherapySegment.APPLY_ICE, 1, at,
                    at.plusSeconds(1200), at, at.plusSeconds(1200), SegmentOutcome.COMPLETED, "");
        };
    }

    @Property(tries = 150)
    void mergingAnySplitOfAJournalGivesEveryEntryExactlyOnce(
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 2) Integer> sides,
            @ForAll @IntRange(min = 0, max = 4) int scheme,
            @ForAll long seed) throws IOException {
        Path dir = Files.createTempDirectory("merge");
        try {
            Random random = new Random(seed);
            List<JournalEntry> all = new ArrayList<>();
            List<String> here = new ArrayList<>();
            List<String> there = new ArrayList<>();
            for (int i = 0; i < sides.size(); i++) {
                JournalEntry e = entry(i);
                all.add(e);
                if (sides.get(i) != 2) {
                    here.add(line(e, random));
                }
                if (sides.get(i) != 1) {
                    there.add(line(e, random));
                }
                if (random.nextInt(10) == 0) {
                    there.add(line(e, random)); // the same entry twice in a replica
                }
            }
            Collections.shuffle(there, random); // a replica's own order does not matter
            String name = NAMES.get(scheme);
            Files.write(dir.resolve(JournalStore.FILE_NAME), here);
            Files.write(dir.resolve(name), there);
            byte[] copy = Files.readAllBytes(dir.resolve(name));
            StoreNotices notices = new StoreNotices();
            FakeClock clock = FakeClock.at("2026-12-03T10:00:00Z");

            JournalStore journal = JournalStore.open(dir, Runnable::run, notices, clock);
            new SyncFolder(dir, journal, notices, clock).check();

            Comparator<JournalEntry> byId = Comparator.comparing(JournalEntry::id);
            List<JournalEntry> expected = all.stream().sorted(byId).toList();
            assertEquals(expected, journal.entries().stream().sorted(byId).toList());
            List<JournalEntry> onDisk = JournalStore.readOnly(dir);
            assertEquals(expected, onDisk.stream().sorted(byId).toList());
            long linesOnDisk = Files.readAllLines(dir.resolve(JournalStore.FILE_NAME)).size();
            assertEquals(all.size(), linesOnDisk, "only the entries missing here were appended, each once");
            assertTrue(java.util.Arrays.equals(copy, Files.readAllBytes(dir.resolve("sync-conflicts").resolve(name))));
            assertEquals(1, notices.peekAll().size(), notices.peekAll().toString());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The entry's line as this version writes it, or (at random) as a version before ids wrote it. */
    private static String line(JournalEntry e, Random random) {
        String line = JournalCodec.encode(e);
        if (random.nextBoolean()) {
            return line;
        }
        JsonObject old = JsonParser.parseString(line).getAsJsonObject();
        old.remove("id");
        return old.toString();
    }
}
