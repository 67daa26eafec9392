package org.backspasm.core.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * One feature's UI texts in one language: a UTF-8 properties bundle ({@code shell.properties} in English beside
 * {@code shell_es.properties} in Spanish), each text a {@link MessageFormat} pattern formatted for the locale
 * (numbers, plural choices). English is the fallback for a language the app does not have; the pseudo-locale turns
 * the English into {@link Pseudo} text. Bundles are read once and kept.
 *
 * <p>A key that is not in the bundle shows as {@code ⟪key⟫} and is logged; with the system property
 * {@code backspasm.strictTexts=true} (the tests) it throws, so a typo cannot pass a test.
 */
public final class Messages {
    private static final Logger LOG = Logger.getLogger(Messages.class.getName());
    private static final Map<String, Map<String, String>> CACHE = new ConcurrentHashMap<>();

    private final String base;
    private final Locale locale;
    private final Map<String, String> texts;
    private final Map<String, String> english;

    private Messages(String base, Locale locale) {
        this.base = base;
        this.locale = locale;
        this.english = read(base + ".properties", true);
        String language = Languages.bundleLanguage(locale);
        this.texts = language.isEmpty() ? english : read(base + "_" + language + ".properties", false);
    }

    /** Where the bundles live: {@code org/backspasm/i18n/shell.properties}, {@code shell_es.properties}. */
    public static final String FOLDER = "org/backspasm/i18n/";

    /** @param feature the bundle's name, e.g. {@code shell} for {@code org/backspasm/i18n/shell.properties} */
    public static Messages of(String feature, Locale locale) {
        return new Messages(FOLDER + feature, locale);
    }

    public Locale locale() {
        return locale;
    }

    public String base() {
        return base;
    }

    /** The text for {@code key}, with {@code args} put in ({@code {0}}, {@code {0,number}}, plural choices). */
    public String text(String key, Object... args) {
        String pattern = texts.get(key);
        if (pattern == null) {
            pattern = english.get(key); // a language file that lacks a key: English rather than nothing
        }
        if (pattern == null) {
            String problem = "no text " + key + " in " + base + " (" + locale.toLanguageTag() + ")";
            if (Boolean.getBoolean("backspasm.strictTexts")) {
                throw new IllegalArgumentException(problem);
            }
            LOG.warning(problem);
            return "\u27EA" + key + "\u27EB";
        }
        if (Pseudo.is(locale)) {
            pattern = Pseudo.pattern(pattern);
        }
        return new MessageFormat(pattern, formatLocale()).format(args);
    }

    /** Whether the bundle has this key. */
    public boolean has(String key) {
        return english.containsKey(key);
    }

    /** Every key of the bundle (the English file's). */
    public Set<String> keys() {
        return Collections.unmodifiableSet(new TreeSet<>(english.keySet()));
    }

    private Locale formatLocale() {
        return Pseudo.is(locale) ? Locale.ENGLISH : locale;
    }

    /** The keys and patterns of one properties file on the class path (UTF-8), read once. */
    public static Map<String, String> read(String file, boolean required) {
        return CACHE.computeIfAbsent(file, f -> load(f, required));
    }

    private static Map<String, String> load(String file, boolean required) {
        try (InputStream in = Messages.class.getResourceAsStream("/" + file)) {
            if (in == null) {
                if (required) {
                    throw new IllegalStateException("the text file " + file + " is missing from the app");
                }
                return Map.of();
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> out = new ConcurrentHashMap<>();
            p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
            return Collections.unmodifiableMap(out);
        } catch (IOException e) {
            throw new UncheckedIOException("the text file " + file + " could not be read", e);
        }
    }
}
