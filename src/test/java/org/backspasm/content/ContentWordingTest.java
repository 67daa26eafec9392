package org.backspasm.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.backspasm.core.episode.Phase;
import org.backspasm.core.content.ContentException;
import org.backspasm.core.content.SourceRegistry;
import org.backspasm.core.therapy.Modality;
import org.backspasm.core.therapy.TherapyAdvice;
import org.junit.jupiter.api.Test;

/**
 * Guards the wording rules for everything the user reads: the content files never reassure ("you are fine"), and
 * every "Sources: ..." line in the code names only ids from CLINICAL-FACTS.
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

    @Test
    void sourceLinesInCodeNameKnownIds() throws IOException {
        Pattern line = Pattern.compile("Sources: ([A-Za-z0-9, -]+)");
        List<String> unknown = new ArrayList<>();
        int seen = 0;
        for (Path f : files(MAIN, ".java")) {
            Matcher m = line.matcher(Files.readString(f, StandardCharsets.UTF_8));
            while (m.find()) {
                for (String id : m.group(1).split(",")) {
                    String t = id.strip();
                    if (t.isEmpty()) {
                        continue;
                    }
                    seen++;
                    if (!known().contains(t)) {
                        unknown.add(MAIN.relativize(f) + ": " + t);
                    }
                }
            }
        }
        assertFalse(seen == 0, "found no \"Sources:\" lines in the code");
        assertEquals(List.of(), unknown);
    }

    @Test
    void therapyAdviceNamesKnownIds() {
        List<String> lists = new ArrayList<>(List.of(TherapyAdvice.SKIN_CHECK.sources(),
                TherapyAdvice.LIMITS.sources(), TherapyAdvice.ALTERNATING.sources(), TherapyAdvice.EVIDENCE.sources()));
        for (Modality m : Modality.values()) {
            lists.add(TherapyAdvice.howTo(m).sources());
            lists.add(TherapyAdvice.cautionSources(m));
        }
        for (Phase p : Phase.values()) {
            assertTrue(TherapyAdvice.suggestionSources(p).startsWith("Sources: "), p.name());
            lists.add(TherapyAdvice.suggestionSources(p).substring("Sources: ".length()));
        }
        List<String> unknown = new ArrayList<>();
        for (String list : lists) {
            for (String id : list.split(",")) {
                if (!known().contains(id.strip())) {
                    unknown.add(id.strip());
                }
            }
        }
        assertEquals(List.of(), unknown);
    }

    private static java.util.Set<String> known() {
        try {
            return SourceRegistry.loadDefault().ids();
        } catch (ContentException e) {
            throw new AssertionError(e.getMessage(), e);
        }
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
