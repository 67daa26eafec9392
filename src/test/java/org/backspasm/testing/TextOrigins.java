package org.backspasm.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a plain English text on screen was written: every string literal of the app's Java sources and every text
 * of its content and bundle files, cut at placeholders into fragments, so that a text the pseudo-locale scan finds
 * can be traced to the file (and so the area, and the engineer) it came from.
 */
public final class TextOrigins {
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}|%[-0-9.]*[sdf]");
    private static final Pattern LETTERS = Pattern.compile("[A-Za-z].*[A-Za-z]");
    private static final Pattern UNICODE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");
    /** A fragment shorter than this must be a whole word of the text ("No", "to"), not part of a word. */
    private static final int SHORT = 6;

    /** Fragment → the files (relative to src/main) that hold it. */
    private final Map<String, TreeSet<String>> files = new HashMap<>();
    private final List<String> longestFirst;
    /** Every whole literal of each Java file (to find which file gives a node its id). */
    private final Map<String, Set<String>> literals = new HashMap<>();

    private TextOrigins(Path main) {
        try (Stream<Path> all = Files.walk(main)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                String relative = main.relativize(p).toString().replace('\\', '/')
                        .replaceFirst("^(java|resources)/org/backspasm/", "");
                if (name.endsWith(".java") || name.endsWith(".json")) {
                    Matcher m = LITERAL.matcher(Files.readString(p));
                    while (m.find()) {
                        index(unescape(m.group(1)), relative);
                        if (name.endsWith(".java")) {
                            literals.computeIfAbsent(relative, k -> new HashSet<>()).add(m.group(1));
                        }
                    }
                } else if (name.endsWith(".properties") && !name.contains("_") && !name.contains(".es.")) {
                    for (String line : Files.readAllLines(p)) {
                        int eq = line.indexOf('=');
                        if (!line.startsWith("#") && eq > 0) {
                            index(line.substring(eq + 1).replace("''", "'"), relative);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        longestFirst = files.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The app's sources as they are in this checkout ({@code src/main} under the working folder of the test). */
    public static TextOrigins ofThisCheckout() {
        return new TextOrigins(Path.of("src", "main"));
    }

    private void index(String literal, String file) {
        for (String fragment : PLACEHOLDER.split(literal)) {
            String f = fragment.strip();
            if (f.length() >= 2 && LETTERS.matcher(f).find()) {
                files.computeIfAbsent(f, k -> new TreeSet<>()).add(file);
            }
        }
    }

    private static String unescape(String s) {
        String out = UNICODE.matcher(s).replaceAll(m -> String.valueOf((char) Integer.parseInt(m.group(1), 16)));
        return out.replace("\\n", "\n").replace("\\\"", "\"").replace("\\'", "'").replace("\\\\", "\\");
    }

    private static boolean wholeWord(String text, String f) {
        return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(f) + "(?![\\p{L}])").matcher(text).find();
    }

    private static final Pattern ID = Pattern.compile("#([\\w-]+)");

    /** The Java files that give a node this id: a literal equal to it, or ending in '-' and starting it. */
    private List<String> definers(String id) {
        return setters.computeIfAbsent(id, this::findDefiners);
    }

    private final Map<String, List<String>> setters = new HashMap<>();
    private final Map<String, List<String>> found = new HashMap<>();

    private List<String> findDefiners(String id) {
        List<String> out = new ArrayList<>();
        literals.forEach((file, lits) -> {
            if (lits.contains(id) || lits.stream().anyMatch(l -> l.endsWith("-") && l.length() > 2 && id.startsWith(l))) {
                out.add(file);
            }
        });
        return out;
    }

    private static String folder(String file) {
        return file.substring(0, file.lastIndexOf('/') + 1);
    }

    /**
     * Of the files that write a text, the ones that made the node showing it: going up the node's ids (a path of
     * {@code #id} and class names, the node first), the files that set one of those ids, else the files in the same
     * folder as one that does. All of them when nothing narrows them.
     */
    public List<String> narrow(List<String> files, String where) {
        Matcher m = ID.matcher(where);
        while (m.find()) {
            List<String> setters = definers(m.group(1));
            List<String> same = files.stream().filter(setters::contains).toList();
            if (!same.isEmpty()) {
                return same;
            }
            Set<String> folders = new LinkedHashSet<>();
            setters.forEach(f -> folders.add(folder(f)));
            List<String> near = files.stream().filter(f -> folders.contains(folder(f))).toList();
            if (!near.isEmpty()) {
                return near;
            }
        }
        return files;
    }

    /**
     * The files that hold the longest fragment of {@code text} (several when that fragment is written in more than
     * one); empty when no file has any part of it (a text made at run time: an enum's name, a system message).
     */
    public List<String> of(String text) {
        return found.computeIfAbsent(text, this::find);
    }

    private List<String> find(String text) {
        for (String f : longestFirst) {
            int at = text.indexOf(f);
            if (at >= 0 && (f.length() >= SHORT || wholeWord(text, f))) {
                return new ArrayList<>(files.get(f));
            }
        }
        return List.of();
    }
}
