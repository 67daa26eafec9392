package org.backspasm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.backspasm.core.content.ContentException;
import org.backspasm.core.content.SourceRegistry;
import org.junit.jupiter.api.Test;

/**
 * Clinical advice and its sources live in content JSON or core's text classes, never in a view: no string in the
 * sources of {@code ui/} holds an id of the source registry.
 */
class NoSourceIdsInUiTest {
    private static final Path UI = Path.of("src", "main", "java", "org", "backspasm", "ui");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void noStringInUiHoldsASourceId() throws IOException, ContentException {
        SourceRegistry registry = SourceRegistry.loadDefault();
        List<Pattern> ids = registry.ids().stream()
                .map(id -> Pattern.compile("(?<![A-Za-z0-9-])" + Pattern.quote(id) + "(?![A-Za-z0-9-])")).toList();
        List<String> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> all = Files.walk(UI)) {
            files = all.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(files.size() > 50, "the ui sources were found: " + files.size());
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = STRING.matcher(lines.get(i));
                while (m.find()) {
                    String literal = m.group(1);
                    for (Pattern id : ids) {
                        if (id.matcher(literal).find()) {
                            found.add(UI.relativize(file) + ":" + (i + 1) + " \"" + literal + "\"");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found, "source ids in ui/: move the advice and its sources to content or core");
    }

    @Test
    void theScanFindsAnIdWrittenInAString() throws ContentException {
        String id = SourceRegistry.loadDefault().ids().iterator().next();
        Matcher m = STRING.matcher("sources.line(\"" + id + "\");");
        assertTrue(m.find() && m.group(1).equals(id), "the string pattern reads the id back");
    }
}
