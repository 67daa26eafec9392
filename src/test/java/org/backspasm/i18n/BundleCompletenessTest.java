package org.backspasm.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.backspasm.core.i18n.Languages;
import org.junit.jupiter.api.Test;

/**
 * Every UI bundle ({@code src/main/resources/org/backspasm/i18n}) has every key in every language, no key that no
 * code uses, the same placeholders in each language, and patterns {@code MessageFormat} reads as meant.
 */
class BundleCompletenessTest {
    static final Path BUNDLES = Path.of("src/main/resources/org/backspasm/i18n");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*(?:,\\s*(\\w+))?");

    @Test
    void everyKeyInEveryLanguageWithTheSamePlaceholders() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path base : bases()) {
            Map<String, String> en = read(base);
            for (var language : Languages.ALL) {
                if (language.getLanguage().equals("en")) {
                    continue;
                }
                Path other = sibling(base, language.getLanguage());
                if (!Files.exists(other)) {
                    problems.add(other + " is missing");
                    continue;
                }
                Map<String, String> tr = read(other);
                for (String key : en.keySet()) {
                    if (!tr.containsKey(key)) {
                        problems.add(other.getFileName() + ": " + key + " is missing");
                    } else if (!placeholders(en.get(key)).equals(placeholders(tr.get(key)))) {
                        problems.add(other.getFileName() + ": " + key + " has placeholders "
                                + placeholders(tr.get(key)) + ", English has " + placeholders(en.get(key)));
                    }
                }
                for (String key : tr.keySet()) {
                    if (!en.containsKey(key)) {
                        problems.add(other.getFileName() + ": " + key + " is not in " + base.getFileName());
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyPatternIsReadAsMeant() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : allFiles()) {
            read(file).forEach((key, pattern) -> {
                String withoutDoubled = pattern.replace("''", "");
                if (withoutDoubled.contains("'")) {
                    problems.add(file.getFileName() + ": " + key + " has a single ' (write '' for an apostrophe)");
                }
                try {
                    new MessageFormat(pattern);
                } catch (IllegalArgumentException e) {
                    problems.add(file.getFileName() + ": " + key + " is not a valid pattern: " + e.getMessage());
                }
                if (pattern.isBlank()) {
                    problems.add(file.getFileName() + ": " + key + " is empty");
                }
            });
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyKeyIsUsedByTheCode() throws IOException {
        String code;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            code = files.filter(p -> p.toString().endsWith(".java")).map(BundleCompletenessTest::text)
                    .collect(Collectors.joining("\n"));
        }
        String templates; // the printable pages name the report bundle's words as {{@key}}
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            templates = files.filter(p -> p.toString().endsWith(".html")).map(BundleCompletenessTest::text)
                    .collect(Collectors.joining("\n")).replaceAll("\\{\\{@([a-zA-Z.]+)}}", "\"$1\"");
        }
        code = code + templates;
        List<String> unused = new ArrayList<>();
        for (Path base : bases()) {
            for (String key : read(base).keySet()) {
                if (!code.contains("\"" + key + "\"")) {
                    unused.add(base.getFileName() + ": " + key);
                }
            }
        }
        assertEquals(List.of(), unused, "keys no code names (as a literal \"key\"); remove them or use them");
    }

    @Test
    void theBundlesAreThere() throws IOException {
        assertTrue(bases().size() >= 2, "bundles found: " + bases());
    }

    /** Each argument number with its format type ("0:choice", "1:"), in order. */
    static TreeSet<String> placeholders(String pattern) {
        TreeSet<String> out = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            out.add(m.group(1) + ":" + (m.group(2) == null ? "" : m.group(2)));
        }
        return out;
    }

    static List<Path> bases() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(p -> p.getFileName().toString().matches("[a-z][A-Za-z0-9]*\\.properties")).sorted()
                    .collect(Collectors.toList());
        }
    }

    private static List<Path> allFiles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(p -> p.toString().endsWith(".properties")).sorted().collect(Collectors.toList());
        }
    }

    private static Path sibling(Path base, String language) {
        String name = base.getFileName().toString().replace(".properties", "_" + language + ".properties");
        return base.resolveSibling(name);
    }

    static Map<String, String> read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    private static String text(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            fail(e);
            return "";
        }
    }
}
