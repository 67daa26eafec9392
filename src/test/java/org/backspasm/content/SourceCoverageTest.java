package org.backspasm.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.backspasm.core.content.ContentException;
import org.backspasm.core.content.SourceRegistry;
import org.backspasm.core.episode.OnsetCheck;
import org.backspasm.core.episode.Phase;
import org.backspasm.core.warningsigns.Level;
import org.backspasm.core.warningsigns.ResultWording;
import org.backspasm.core.therapy.Modality;
import org.backspasm.core.therapy.TherapyAdvice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every source id used anywhere, in the content files or in the code, is in the registry; and no text the code
 * writes carries a raw id (ids live only in id lists, shown through the registry's readable titles).
 */
class SourceCoverageTest {
    private static final Path CONTENT = Path.of("src/main/resources/org/backspasm/content");
    private static final Path MAIN = Path.of("src/main/java/org/backspasm");
    /** A call that takes source ids: {@code List.of("NINDS", "ACP2017")} or {@code sources.line("CSP")}. */
    private static final Pattern ID_LIST = Pattern.compile("(?:List\\.of|line)\\(((?:\\s*\"[^\"]*\"\\s*,?)+)\\)");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"\\\\]*(?:\\\\.[^\"\\\\]*)*)\"");
    private static final Pattern ID_SHAPE = Pattern.compile("[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*");

    private static SourceRegistry registry;

    @BeforeAll
    static void load() throws ContentException {
        registry = SourceRegistry.loadDefault();
    }

    @Test
    void everySourceInTheContentFilesIsInTheRegistry() throws IOException {
        List<String> unknown = new ArrayList<>();
        int seen = 0;
        for (Path f : files(CONTENT, ".json")) {
            if (f.getFileName().toString().equals(SourceRegistry.FILE)) {
                continue;
            }
            List<String> ids = new ArrayList<>();
            collectSources(JsonParser.parseString(Files.readString(f, StandardCharsets.UTF_8)), false, ids);
            seen += ids.size();
            ids.stream().filter(id -> !registry.has(id)).forEach(id -> unknown.add(f.getFileName() + ": " + id));
        }
        assertTrue(seen > 50, "found only " + seen + " source ids in the content files");
        assertEquals(List.of(), unknown);
    }

    @Test
    void everySourceTheCodeCitesIsInTheRegistry() throws IOException {
        List<String> ids = new ArrayList<>(OnsetCheck.CHRONIC_SOURCES);
        for (Modality m : Modality.values()) {
            ids.addAll(TherapyAdvice.howTo(m).sources());
            ids.addAll(TherapyAdvice.cautionSources(m));
        }
        for (TherapyAdvice.Advice a : List.of(TherapyAdvice.SKIN_CHECK, TherapyAdvice.LIMITS,
                TherapyAdvice.ALTERNATING, TherapyAdvice.EVIDENCE)) {
            ids.addAll(a.sources());
        }
        for (Phase p : Phase.values()) {
            ids.addAll(TherapyAdvice.suggestionSources(p));
        }
        for (Level l : Level.values()) {
            ids.addAll(ResultWording.forLevel(l, "112").sources());
        }
        int fromTypes = ids.size();
        for (Path f : files(MAIN, ".java")) {
            String code = Files.readString(f, StandardCharsets.UTF_8);
            Matcher call = ID_LIST.matcher(code);
            while (call.find()) {
                List<String> literals = literals(call.group(1));
                String before = code.substring(Math.max(0, call.start() - 80), call.start());
                boolean aboutSources = call.group().startsWith("line(") || before.toLowerCase().contains("source")
                        || literals.stream().anyMatch(registry::has);
                if (aboutSources && literals.stream().allMatch(l -> ID_SHAPE.matcher(l).matches())) {
                    ids.addAll(literals);
                }
            }
        }
        assertTrue(ids.size() > fromTypes + 20, "the code scan found too few id lists: " + (ids.size() - fromTypes));
        Set<String> unknown = new TreeSet<>();
        ids.stream().filter(id -> !registry.has(id)).forEach(unknown::add);
        assertEquals(Set.of(), unknown);
    }

    @Test
    void noTextInTheCodeCarriesARawSourceId() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path f : files(MAIN, ".java")) {
            for (String literal : literals(Files.readString(f, StandardCharsets.UTF_8))) {
                if (registry.has(literal)) {
                    continue; // an id in an id list
                }
                for (String id : registry.ids()) {
                    if (RawIds.contains(literal, id, registry)) {
                        found.add(MAIN.relativize(f) + ": \"" + literal + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static void collectSources(JsonElement e, boolean inSources, List<String> out) {
        if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(x -> collectSources(x, inSources, out));
        } else if (e.isJsonObject()) {
            for (Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet()) {
                collectSources(m.getValue(), m.getKey().equals("sources"), out);
            }
        } else if (inSources && e.isJsonPrimitive()) {
            out.add(e.getAsString());
        }
    }

    private static List<String> literals(String code) {
        List<String> out = new ArrayList<>();
        Matcher m = LITERAL.matcher(code);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
