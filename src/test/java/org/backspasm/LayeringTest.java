package org.backspasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the layers honest: core is plain Java, and neither core nor store reaches into ui. */
class LayeringTest {
    private static final Path MAIN = Path.of("src/main/java/org/backspasm");

    @Test
    void coreImportsNoJavaFx() throws IOException {
        assertEquals(List.of(), offenders(MAIN.resolve("core"), Pattern.compile("^import\\s+(static\\s+)?javafx\\.", Pattern.MULTILINE)));
    }

    @Test
    void coreAndStoreImportNoUi() throws IOException {
        Pattern ui = Pattern.compile("^import\\s+(static\\s+)?org\\.backspasm\\.ui\\.", Pattern.MULTILINE);
        assertEquals(List.of(), offenders(MAIN.resolve("core"), ui));
        assertEquals(List.of(), offenders(MAIN.resolve("store"), ui));
    }

    @Test
    void coreDoesNotReadTheSystemClock() throws IOException {
        Pattern clock = Pattern.compile("Instant\\.now\\(\\)|System\\.currentTimeMillis|LocalDateTime\\.now\\(\\)|Clock\\.system");
        assertEquals(List.of(), offenders(MAIN.resolve("core"), clock));
    }

    private static List<String> offenders(Path dir, Pattern p) throws IOException {
        assertTrue(Files.isDirectory(dir), dir + " exists");
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return p.matcher(Files.readString(f)).find();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(Path::toString).toList();
        }
    }
}
