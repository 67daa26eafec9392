package org.backspasm.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the wording rules for everything the user reads: the content files and the code never reassure
 * ("you are fine"). Sources are checked by {@link SourceCoverageTest}.
 */
class ContentWordingTest {
    private static final Path CONTENT = Path.of("src/main/resources/org/backspasm/content");
    private static final Path MAIN = Path.of("src/main/java/org/backspasm");
    private static final List<String> BANNED = List.of("you are fine", "you're fine", "you’re fine", "nothing to worry");

    @Test
    void contentFilesNeverReassure() throws IOException {
        List<Path> files = files(CONTENT, ".json");
        assertFalse(files.isEmpty(), "no content files found in " + CONTENT);
        List<String> found = new ArrayList<>();
        for (Path f : files) {
            found.addAll(banned(f));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void codeNeverReassures() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path f : files(MAIN, ".java")) {
            found.addAll(banned(f));
        }
        assertEquals(List.of(), found);
    }

    private static List<String> banned(Path f) throws IOException {
        String text = Files.readString(f, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String b : BANNED) {
            if (text.contains(b)) {
                out.add(f.getFileName() + " contains \"" + b + "\"");
            }
        }
        return out;
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
