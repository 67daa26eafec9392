package org.backspasm.core.content;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.backspasm.core.i18n.Languages;
import org.backspasm.core.i18n.Pseudo;

/**
 * One text of a content file in every language the app has, by its key ({@code walk.name}). The screens show it in
 * the user's language with {@link #in(Locale)}; the text files were checked to have it in each language.
 *
 * @param byLanguage language code ("en", "es") to the text
 */
public record LocalText(String key, Map<String, String> byLanguage) {
    public LocalText {
        Objects.requireNonNull(key);
        byLanguage = Map.copyOf(byLanguage);
        if (!byLanguage.containsKey("en")) {
            throw new IllegalArgumentException("a content text needs its English: " + key);
        }
    }

    /** No text (an optional text left out): empty in every language. */
    public static final LocalText NONE = new LocalText("", Map.of("en", ""));

    public boolean isEmpty() {
        return english().isEmpty();
    }

    /** A text with only English (tests, and texts made by the app itself). */
    public static LocalText english(String key, String text) {
        return new LocalText(key, Map.of("en", text));
    }

    /** The text in this locale's language (English where there is none; pseudo text in the pseudo-locale). */
    public String in(Locale locale) {
        if (isEmpty()) {
            return "";
        }
        if (Pseudo.is(locale)) {
            return Pseudo.text(english());
        }
        String language = Languages.bundleLanguage(locale);
        return byLanguage.getOrDefault(language.isEmpty() ? "en" : language, english());
    }

    public String english() {
        return byLanguage.get("en");
    }
}
