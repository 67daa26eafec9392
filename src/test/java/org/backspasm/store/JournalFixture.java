package org.backspasm.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backspasm.core.journal.JournalEntry;

/** Writes many entries to a journal in one go, each line exactly as {@link JournalStore#append} writes it. */
public final class JournalFixture {
    private JournalFixture() {
    }

    public static void write(Path dir, List<? extends JournalEntry> entries) throws IOException {
        try (Writer w = Files.newBufferedWriter(dir.resolve(JournalStore.FILE_NAME), StandardCharsets.UTF_8)) {
            for (JournalEntry e : entries) {
                w.write(JournalCodec.encode(e));
                w.write('\n');
            }
        }
    }
}
