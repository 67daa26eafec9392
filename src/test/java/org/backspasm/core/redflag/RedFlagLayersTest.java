package org.backspasm.core.redflag;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The warning-sign domain stays plain Java: no JavaFX, no store, no UI. */
class RedFlagLayersTest {

    @Test
    void coreRedflagImportsNeitherJavafxNorStoreNorUi() throws IOException {
        Path dir = Path.of("src/main/java/org/backspasm/core/redflag");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(files.size() > 5, "found the sources in " + dir.toAbsolutePath());
        for (Path f : files) {
            for (String line : Files.readAllLines(f)) {
                if (line.startsWith("import ")) {
                    assertTrue(!line.contains("javafx") && !line.contains("org.backspasm.store")
                            && !line.contains("org.backspasm.ui"), f.getFileName() + ": " + line);
                }
            }
        }
    }
}
