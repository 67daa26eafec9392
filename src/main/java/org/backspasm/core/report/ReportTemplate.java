package org.backspasm.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backspasm.core.i18n.Messages;

/**
 * The printable pages the app saves (the doctor's summary, a warning-sign check) come from one resource,
 * {@code reports.html}: named fragments, each starting with a line {@code <!--@name-->}, holding placeholders
 * {@code {{key}}}. Filling a fragment escapes every String value; a {@link Markup} (an already filled fragment) goes
 * in as it is. A placeholder without a value, or a value without a placeholder, is a mistake and throws.
 * A placeholder {@code {{@key}}} is a text of the {@code report} bundle in the template's language ({@link #in}).
 */
public final class ReportTemplate {
    static final String RESOURCE = "/org/backspasm/core/report/reports.html";
    private static final Pattern MARKER = Pattern.compile("^<!--@([a-z-]+)-->\\n", Pattern.MULTILINE);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(@?[a-zA-Z.]+)}}");
    private static final ReportTemplate DEFAULT = load();
    /** The bundle of the words the template itself writes ({@code {{@key}}}). */
    public static final String BUNDLE = "report";

    private final Map<String, String> fragments;
    private final Messages words;

    ReportTemplate(String text) {
        this(parse(text), Messages.of(BUNDLE, Locale.UK));
    }

    private ReportTemplate(Map<String, String> fragments, Messages words) {
        this.fragments = fragments;
        this.words = words;
    }

    /** The app's template in English, read once. */
    public static ReportTemplate get() {
        return DEFAULT;
    }

    /** The app's template writing its own words in this locale's language. */
    public static ReportTemplate in(Locale locale) {
        return new ReportTemplate(DEFAULT.fragments, Messages.of(BUNDLE, locale));
    }

    public Locale locale() {
        return words.locale();
    }

    /** A word or sentence of the report bundle (for values the code puts in). */
    public String word(String key, Object... args) {
        return words.text(key, args);
    }

    private static ReportTemplate load() {
        try (InputStream in = ReportTemplate.class.getResourceAsStream(RESOURCE)) {
            Objects.requireNonNull(in, RESOURCE);
            return new ReportTemplate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String src = text.replace("\r\n", "\n");
        Matcher m = MARKER.matcher(src);
        String name = null;
        int start = 0;
        while (m.find()) {
            if (name != null) {
                out.put(name, src.substring(start, m.start()));
            }
            name = m.group(1);
            start = m.end();
            if (out.containsKey(name)) {
                throw new IllegalArgumentException("fragment " + name + " is there twice");
            }
        }
        if (name != null) {
            out.put(name, src.substring(start));
        }
        return out;
    }

    /**
     * The fragment with its placeholders filled, from alternating keys and values: a String (escaped), a Markup
     * (as it is) or a number.
     */
    public Markup fill(String fragment, Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], html(keysAndValues[i + 1]));
        }
        String text = fragments.get(fragment);
        if (text == null) {
            throw new IllegalArgumentException("no fragment " + fragment + " in " + RESOURCE);
        }
        Set<String> used = new HashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 256);
        while (m.find()) {
            String key = m.group(1);
            if (key.startsWith("@")) {
                m.appendReplacement(out, Matcher.quoteReplacement(Markup.text(words.text(key.substring(1))).html()));
                continue;
            }
            String value = values.get(key);
            if (value == null) {
                throw new IllegalArgumentException("no value for {{" + key + "}} in " + fragment);
            }
            used.add(key);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        if (!used.containsAll(values.keySet())) {
            Set<String> unused = new HashSet<>(values.keySet());
            unused.removeAll(used);
            throw new IllegalArgumentException(fragment + " has no place for " + unused);
        }
        return new Markup(out.toString());
    }

    private static String html(Object value) {
        if (value instanceof Markup m) {
            return m.html();
        }
        if (value instanceof String s) {
            return Markup.text(s).html();
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        throw new IllegalArgumentException("not text or markup: " + value);
    }
}
