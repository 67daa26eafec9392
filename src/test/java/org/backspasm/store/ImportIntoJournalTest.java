package org.backspasm.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.backspasm.core.dataport.CsvExport;
import org.backspasm.core.dataport.ImportPreview;
import org.backspasm.core.dataport.RatingImport;
import org.backspasm.core.journal.EpisodeEvent;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.reliability.CpuTime;
import org.backspasm.testing.FakeClock;
import org.backspasm.testing.FaultyDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing into the journal on disk: export then import gives the same ratings, the append is all or nothing, and 100,000 rows go in well under 5 s. */
class ImportIntoJournalTest {
    static final ZoneId ZONE = ZoneId.of("Europe/London");
    static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    @TempDir
    Path dir;

    private final FakeClock clock = new FakeClock(NOW, ZONE);

    private JournalStore open(Path folder) {
        return JournalStore.open(folder, Runnable::run, new StoreNotices(), clock);
    }

    @Property(tries = 60)
    void exportThenImportGivesTheSameRatings(@ForAll("journals") List<JournalEntry> entries) throws IOException {
        Path from = Files.createTempDirectory("export-from");
        Path into = Files.createTempDirectory("import-into");
        JournalStore source = open(from);
        entries.forEach(source::append);
        StringBuilder csv = new StringBuilder();
        CsvExport.write(open(from).entries(), ZONE, java.util.Locale.UK, csv);

        JournalStore target = open(into);
        ImportPreview p = new RatingImport(ZONE, Locale.UK, NOW).preview(csv.toString(), target.entries());
        target.appendAll(new ArrayList<>(p.ratings()));

        List<PainRating> expected = entries.stream().filter(PainRating.class::isInstance).map(PainRating.class::cast)
                .sorted(Comparator.comparing(PainRating::at)).toList();
        assertEquals(expected, open(into).entries(), () -> csv.toString().replace("\r", "<CR>").replace("\n", "<LF>\n")
                + "\nskipped: " + p.skipped() + "\nexpected " + expected.toString().replace("\r", "<CR>"));
        assertEquals(entries.size() - expected.size(), p.skipped().size());
        // and importing the same file again adds nothing
        ImportPreview again = new RatingImport(ZONE, Locale.UK, NOW).preview(csv.toString(), open(into).entries());
        assertTrue(again.toAdd().isEmpty());
    }

    @Provide
    Arbitrary<List<JournalEntry>> journals() {
        Arbitrary<Instant> at = Arbitraries.longs().between(Instant.parse("2000-01-01T00:00:00Z").getEpochSecond(),
                NOW.getEpochSecond() - 1).flatMap(s -> Arbitraries.integers().between(0, 999_999_999)
                .map(n -> Instant.ofEpochSecond(s, n)));
        Arbitrary<String> text = Arbitraries.strings().withChars("ab ,;\"\n\r\t'é€X=+-").ofMaxLength(20)
                .map(t -> t.replace("X", "\uD83D\uDE00")); // whole characters outside the BMP, never half of one
        Arbitrary<JournalEntry> rating = Combinators.combine(at, Arbitraries.integers().between(0, 10), text,
                Arbitraries.strings().withChars("abc-, \"").ofMaxLength(8)).as(PainRating::new);
        Arbitrary<JournalEntry> episode = at.map(t -> new EpisodeEvent(t, EpisodeEvent.Kind.STARTED, t));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, rating), net.jqwik.api.Tuple.of(1, episode))
                .list().ofMaxSize(40).uniqueElements(e -> e.at().getEpochSecond());
    }

    @Test
    void theAppendIsAllOrNothingWhenTheDiskRefuses() throws IOException {
        JournalStore journal = open(dir);
        journal.append(new PainRating(NOW.minusSeconds(7200), 3, "", ""));
        byte[] before = Files.readAllBytes(dir.resolve(JournalStore.FILE_NAME));
        StoreNotices notices = new StoreNotices();
        FaultyDisk disk = new FaultyDisk();
        JournalStore failing = JournalStore.open(dir, Runnable::run, notices, clock, disk);
        disk.set(FaultyDisk.Fault.FULL);
        List<JournalEntry> batch = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            batch.add(new PainRating(NOW.minusSeconds(60L * i + 60), i % 11, "n" + i, RatingImport.CONTEXT));
        }
        failing.appendAll(batch);
        assertArrayEquals(before, Files.readAllBytes(dir.resolve(JournalStore.FILE_NAME)));
        assertEquals(1, notices.peekAll().size(), notices.peekAll().toString());
        disk.set(FaultyDisk.Fault.NONE);
        failing.append(new PainRating(NOW, 5, "", "")); // the next write takes the batch along, whole
        assertEquals(52, open(dir).entries().size());
    }

    @Test
    void aHundredThousandRowsImportWellUnderFiveSeconds() throws IOException {
        StringBuilder csv = new StringBuilder("\uFEFFDate;Pain;Note\r\n");
        Instant start = Instant.parse("2021-01-01T00:00:00Z");
        for (int i = 0; i < 100_000; i++) {
            csv.append(CsvExport.LOCAL.format(start.plusSeconds(i * 1500L).atZone(ZONE))).append(';')
                    .append(i % 11).append(";\"walk, then rest\"\r\n");
        }
        Files.writeString(dir.resolve("big.csv"), csv);
        JournalStore journal = open(dir);
        long wall = System.nanoTime();
        long cpu = CpuTime.nanos();
        String text = Files.readString(dir.resolve("big.csv"));
        ImportPreview p = new RatingImport(ZONE, Locale.UK, NOW).preview(text, journal.entries());
        journal.appendAll(new ArrayList<>(p.ratings()));
        long cpuMs = (CpuTime.nanos() - cpu) / 1_000_000;
        long wallMs = (System.nanoTime() - wall) / 1_000_000;
        assertEquals(100_000, p.toAdd().size(), () -> p.skipped().subList(0, 3).toString());
        assertEquals(100_000, open(dir).entries().size());
        System.out.println("[import] 100,000 rows, preview and append: " + wallMs + " ms wall, " + cpuMs + " ms CPU");
        assertTrue(cpuMs < 5000, "took " + cpuMs + " ms of CPU (" + wallMs + " ms wall)");
    }
}
