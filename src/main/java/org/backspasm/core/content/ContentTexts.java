package org.backspasm.core.content;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.backspasm.core.i18n.Languages;

/**
 * The texts of one content file, in a file per language beside it: {@code stretches.json} holds the structure and
 * names each text by a key; {@code stretches.en.properties} and {@code stretches.es.properties} hold the texts
 * (UTF-8). Part of the one content validator: a key the JSON names that a language lacks, a key one language has and
 * another lacks, an empty text, or a text no part of the JSON uses is a {@link ContentException} naming the file,
 * the key and the language.
 */
public final class ContentTexts {
    private final String jsonFile;
    /** language code ("en", "es") to its key → text, in the order of {@link Languages#ALL}. */
    private final Map<String, Map<String, String>> byLanguage;
    private final Set<String> used = new HashSet<>();

    private ContentTexts(String jsonFile, Map<String, Map<String, String>> byLanguage) {
        this.jsonFile = jsonFile;
        this.byLanguage = byLanguage;
    }

    /**
     * No text files: the JSON holds the English texts themselves where the keys would be (a content file written
     * by a test or a tool). Each text is then English only.
     */
    public static ContentTexts inline(String jsonFile) {
        return new ContentTexts(jsonFile, null);
    }

    /** The text files beside a content file shipped in {@link ContentJson#FOLDER}, checked against each other. */
    public static ContentTexts load(String jsonFile) throws ContentException {
        Map<String, String> files = new LinkedHashMap<>();
        for (String language : languages()) {
            String name = fileName(jsonFile, language);
            files.put(language, ContentJson.resource(name));
        }
        return of(jsonFile, files);
    }

    /** The same from the files' texts (language code → the text of its properties file); tests hand these in. */
    public static ContentTexts of(String jsonFile, Map<String, String> fileTexts) throws ContentException {
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        for (String language : languages()) {
            String name = fileName(jsonFile, language);
            String text = fileTexts.get(language);
            if (text == null) {
                throw new ContentException(name, "$", "the file is missing from the app (language " + language + ")");
            }
            all.put(language, parse(name, text));
        }
        Set<String> english = all.get("en").keySet();
        for (Map.Entry<String, Map<String, String>> e : all.entrySet()) {
            String name = fileName(jsonFile, e.getKey());
            for (String key : new TreeSet<>(english)) {
                if (!e.getValue().containsKey(key)) {
                    throw new ContentException(name, key, "is missing in language " + e.getKey()
                            + " (" + fileName(jsonFile, "en") + " has it)");
                }
            }
            for (String key : new TreeSet<>(e.getValue().keySet())) {
                if (!english.contains(key)) {
                    throw new ContentException(name, key, "is an extra key in language " + e.getKey()
                            + ": " + fileName(jsonFile, "en") + " does not have it");
                }
            }
        }
        return new ContentTexts(jsonFile, all);
    }

    /** The text the field at {@code at} names by its key. */
    public LocalText text(ContentCheck at, String field, String key) throws ContentException {
        return lookup(at.at(field), at.text(field, key));
    }

    private LocalText lookup(ContentCheck where, String key) throws ContentException {
        if (byLanguage == null) {
            return LocalText.english(key, key);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, String>> e : byLanguage.entrySet()) {
            String t = e.getValue().get(key);
            if (t == null) {
                throw where.fail("names the text " + key + ", which is not in "
                        + fileName(jsonFile, e.getKey()) + " (language " + e.getKey() + ")");
            }
            texts.put(e.getKey(), t);
        }
        used.add(key);
        return new LocalText(key, texts);
    }

    /** A text that may be left out (then {@link LocalText#NONE}, empty in every language). */
    public LocalText optionalText(ContentCheck at, String field, String key) throws ContentException {
        return key == null ? LocalText.NONE : text(at, field, key);
    }

    /** A list of texts named by their keys. */
    public List<LocalText> texts(ContentCheck at, String field, List<String> keys, boolean mayBeEmpty)
            throws ContentException {
        List<String> in = at.texts(field, keys, mayBeEmpty);
        List<LocalText> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            out.add(lookup(at.at(field).at(i), in.get(i)));
        }
        return List.copyOf(out);
    }

    /** Call once the whole JSON was read: a text no part of it used is a mistake (a renamed key, a left-over). */
    public void checkAllUsed() throws ContentException {
        if (byLanguage == null) {
            return;
        }
        for (String key : new TreeSet<>(byLanguage.get("en").keySet())) {
            if (!used.contains(key)) {
                throw new ContentException(fileName(jsonFile, "en"), key, "is not used by " + jsonFile
                        + " (remove it from every language file: " + String.join(", ", languages()) + ")");
            }
        }
    }

    /** The text file of a content file for a language: {@code stretches.json} → {@code stretches.es.properties}. */
    public static String fileName(String jsonFile, String language) {
        String stem = jsonFile.endsWith(".json") ? jsonFile.substring(0, jsonFile.length() - 5) : jsonFile;
        return stem + "." + language + ".properties";
    }

    private static List<String> languages() {
        List<String> out = new ArrayList<>();
        for (Locale l : Languages.ALL) {
            out.add(l.getLanguage());
        }
        return out;
    }

    private static Map<String, String> parse(String name, String text) throws ContentException {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new ContentException(name, "$", "is not a readable properties file (" + e.getMessage() + ")", e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key).strip();
            if (value.isEmpty()) {
                throw new ContentException(name, key, "is empty");
            }
            out.put(key, value);
        }
        return out;
    }
}
