package org.backspasm.i18n;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables of {@code docs/translations/es-review.md}, read the way {@link EsReviewSheetTest} checks them: the list of
 * clinical keys in the header ({@code | file | keys |}) and one {@link Row} per text row, its file taken from the
 * nearest heading above that names one in backticks ({@code `therapy_es`}, {@code `warning-signs.es`}).
 */
record EsReviewSheet(Map<String, List<String>> clinicalList, List<Row> rows, List<String> problems) {
    static final Path PATH = Path.of("docs/translations/es-review.md");
    static final String ROW_HEADER = "| key | English | Spanish | back-translation | shift? |";
    static final String LIST_HEADER = "| file | keys |";
    private static final Pattern FILE_IN_HEADING = Pattern.compile("`([A-Za-z-]+(?:_es|\\.es))`");
    private static final Pattern PATTERN_IN_LIST = Pattern.compile("(not )?`([^`]+)`");
    private static final Pattern CELL_SEPARATOR = Pattern.compile("(?<!\\\\)\\|");

    /** One text row: its file (as named in the heading), its key, and its cells with the sheet's escapes undone. */
    record Row(int line, String file, String key, String english, String spanish, String backTranslation,
               String shift) {
        String where() {
            return "es-review.md line " + line + " (" + file + " " + key + ")";
        }
    }

    static EsReviewSheet read() throws IOException {
        return parse(Files.readAllLines(PATH, StandardCharsets.UTF_8));
    }

    static EsReviewSheet parse(List<String> lines) {
        Map<String, List<String>> list = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String file = null;
        String table = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int number = i + 1;
            if (line.startsWith("#")) {
                Matcher m = FILE_IN_HEADING.matcher(line);
                file = null;
                while (m.find()) {
                    file = m.group(1);
                }
                table = null;
            } else if (!line.startsWith("|")) {
                table = null;
            } else if (table == null) {
                table = line;
                if (!line.equals(ROW_HEADER) && !line.equals(LIST_HEADER)) {
                    problems.add("line " + number + ": a table must start with " + ROW_HEADER + " (or, once, "
                            + LIST_HEADER + "), not " + line);
                } else if (line.equals(ROW_HEADER) && file == null) {
                    problems.add("line " + number + ": a table of texts under a heading that names no file in "
                            + "backticks (e.g. `therapy_es`)");
                }
            } else if (line.matches("\\|[-| :]+\\|")) {
                continue;
            } else if (table.equals(LIST_HEADER)) {
                List<String> cells = cells(line);
                list.put(cells.get(0).replace("`", ""), patterns(cells.get(1)));
            } else if (table.equals(ROW_HEADER) && file != null) {
                List<String> c = cells(line);
                if (c.size() != 5) {
                    problems.add("line " + number + ": " + c.size() + " cells, not 5 (write | in a text as \\|)");
                } else {
                    rows.add(new Row(number, file, c.get(0), c.get(1), c.get(2), c.get(3), c.get(4)));
                }
            }
        }
        return new EsReviewSheet(list, rows, problems);
    }

    /** "`a.*`, not `a.b`, `c`" → [a.*, !a.b, c]. */
    private static List<String> patterns(String cell) {
        List<String> out = new ArrayList<>();
        Matcher m = PATTERN_IN_LIST.matcher(cell);
        while (m.find()) {
            out.add((m.group(1) == null ? "" : "!") + m.group(2));
        }
        return out;
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
        List<String> out = new ArrayList<>();
        for (String cell : CELL_SEPARATOR.split(inner, -1)) {
            out.add(cell.strip().replace("\\|", "|").replace("<br>", "\n").replace("&lt;", "<"));
        }
        return out;
    }

    /** True when {@code key} is one of {@code patterns}: {@code *}, {@code a.*}, {@code *.b}, {@code *.b.*} or exact. */
    static boolean matches(String pattern, String key) {
        if (pattern.equals("*")) {
            return true;
        }
        boolean anyStart = pattern.startsWith("*.");
        boolean anyEnd = pattern.endsWith(".*");
        String core = pattern.substring(anyStart ? 1 : 0, pattern.length() - (anyEnd ? 1 : 0));
        if (anyStart && anyEnd) {
            return key.contains(core);
        }
        if (anyStart) {
            return key.endsWith(core);
        }
        return anyEnd ? key.startsWith(core) : key.equals(core);
    }

    static boolean selected(List<String> patterns, String key) {
        boolean in = patterns.stream().anyMatch(p -> !p.startsWith("!") && matches(p, key));
        return in && patterns.stream().noneMatch(p -> p.startsWith("!") && matches(p.substring(1), key));
    }

    /** The Spanish file of a name in the sheet, or null: {@code x_es} a UI bundle, {@code x.es} a content file. */
    static Path spanish(String file) {
        if (file.endsWith("_es")) {
            return BundleCompletenessTest.BUNDLES.resolve(file + ".properties");
        }
        return file.endsWith(".es") ? CONTENT.resolve(file + ".properties") : null;
    }

    /** The English beside it: the default bundle, or the content file's {@code .en}. */
    static Path english(String file) {
        if (file.endsWith("_es")) {
            return BundleCompletenessTest.BUNDLES.resolve(file.substring(0, file.length() - 3) + ".properties");
        }
        return CONTENT.resolve(file.substring(0, file.length() - 3) + ".en.properties");
    }

    static final Path CONTENT = Path.of("src/main/resources/org/backspasm/content");
}
