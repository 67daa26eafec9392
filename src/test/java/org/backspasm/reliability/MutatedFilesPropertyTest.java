package org.backspasm.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.backspasm.core.state.Sections;
import org.backspasm.cli.ExitCodes;
import org.backspasm.cli.StatusCommand;
import org.backspasm.store.JournalStore;
import org.backspasm.store.StateStore;
import org.backspasm.store.StoreNotices;
import org.backspasm.testing.FakeClock;
import org.backspasm.testing.ValidData;

/**
 * Random damage to a valid state file or journal (bytes flipped, inserted, cut out, duplicated, the file cut
 * short) holds the same promises as the hand-picked cases in {@link DamagedFilesTest}, opened the way the app
 * opens them: nothing escapes as an exception; the user is told exactly when {@code --status} says the data cannot
 * be read (exit 2, one line, never a stack trace) and {@code --status} changes nothing; told or not, the damaged
 * bytes are still in the folder; the other file is untouched; and it is said once: a second start finds nothing.
 */
class MutatedFilesPropertyTest {
    private static byte[] validState;
    private static byte[] validJournal;
    private Path dir;

    record Mutation(int kind, double where, int length, byte value) {
        byte[] apply(byte[] in) {
            int at = (int) (where * in.length);
            int end = Math.min(in.length, at + length);
            return switch (kind) {
                case 0 -> { // one byte changed
                    byte[] out = in.clone();
                    if (at < out.length) {
                        out[at] = value;
                    }
                    yield out;
                }
                case 1 -> Damage.concat(Arrays.copyOf(in, at), new byte[] {value}, Arrays.copyOfRange(in, at, in.length));
                case 2 -> Damage.concat(Arrays.copyOf(in, at), Arrays.copyOfRange(in, end, in.length));
                case 3 -> Damage.concat(Arrays.copyOf(in, end), Arrays.copyOfRange(in, at, in.length));
                default -> Arrays.copyOf(in, at);
            };
        }
    }

    @Provide
    Arbitrary<Mutation> mutation() {
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(1, 40), Arbitraries.bytes()).as(Mutation::new);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return mutation().list().ofMinSize(1).ofMaxSize(3);
    }

    @BeforeProperty
    void folder() throws IOException {
        if (validState == null) {
            Path valid = Files.createTempDirectory("valid-data");
            ValidData.write(valid);
            validState = Files.readAllBytes(valid.resolve(StateStore.FILE_NAME));
            validJournal = Files.readAllBytes(valid.resolve(JournalStore.FILE_NAME));
            delete(valid);
        }
    }

    @AfterProperty
    void cleanUp() throws IOException {
        if (dir != null) {
            delete(dir);
        }
    }

    @Property(tries = 100)
    void aDamagedStateFileKeepsThePromises(@ForAll("mutations") List<Mutation> damage)
            throws IOException {
        check(StateStore.FILE_NAME, damage);
    }

    @Property(tries = 100)
    void aDamagedJournalKeepsThePromises(@ForAll("mutations") List<Mutation> damage)
            throws IOException {
        check(JournalStore.FILE_NAME, damage);
    }

    private void check(String name, List<Mutation> damage) throws IOException {
        if (dir != null) {
            delete(dir);
        }
        dir = Files.createTempDirectory("mutated");
        byte[] bytes = name.equals(StateStore.FILE_NAME) ? validState : validJournal;
        for (Mutation m : damage) {
            bytes = m.apply(bytes);
        }
        Files.write(dir.resolve(StateStore.FILE_NAME), validState);
        Files.write(dir.resolve(JournalStore.FILE_NAME), validJournal);
        Files.write(dir.resolve(name), bytes);
        Map<String, String> before = Folder.digests(dir);

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = status(err);
        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals(before, Folder.digests(dir), "--status changes nothing");
        assertFalse(said.contains("Exception") || said.contains("\tat "), said);
        assertTrue(code == ExitCodes.OK || code == ExitCodes.UNREADABLE_DATA && said.strip().lines().count() == 1,
                code + ": " + said);

        List<String> told = open();
        assertEquals(code == ExitCodes.UNREADABLE_DATA, !told.isEmpty(), "told exactly when --status says so: " + said
                + " / " + told);
        for (String message : told) {
            assertFalse(message.contains("Exception") || message.contains("java."), message);
        }
        if (name.equals(JournalStore.FILE_NAME)) {
            assertTrue(told.size() <= 1, told.toString());
        }
        Map<String, String> after = Folder.digests(dir);
        String other = name.equals(StateStore.FILE_NAME) ? JournalStore.FILE_NAME : StateStore.FILE_NAME;
        assertEquals(before.get(other), after.get(other), "the other file is untouched");
        assertTrue(Folder.keeps(dir, bytes, dir.resolve(name)), "the damaged bytes are still in the folder");
        after.keySet().forEach(f -> assertTrue(before.containsKey(f) || f.startsWith(name + ".unreadable-"), f));

        if (told.stream().anyMatch(m -> m.contains("newer version"))) {
            assertEquals(before, after, "a file from a newer version is left exactly as it is, every time");
            return;
        }
        assertEquals(List.of(), open(), "said once: the next start finds nothing wrong");
        assertEquals(ExitCodes.OK, status(new ByteArrayOutputStream()), "and neither does --status");
    }

    private int status(ByteArrayOutputStream err) {
        return StatusCommand.run(List.of("--status", "--data-dir", dir.toString()), Map.of(), "Linux", dir,
                new FakeClock(ValidData.NOW, ZoneOffset.UTC), new PrintStream(new ByteArrayOutputStream(), true,
                        StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** Opens the folder as the app does: both stores, and every part of the state decoded. */
    private List<String> open() {
        StoreNotices notices = new StoreNotices();
        FakeClock clock = new FakeClock(ValidData.NOW, ZoneOffset.UTC);
        StateStore state = StateStore.open(dir, Runnable::run, notices, clock);
        JournalStore.open(dir, Runnable::run, notices, clock);
        Sections.ALL.forEach(state::get); // every part the app stores, from the one registry
        return notices.peekAll();
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
