package org.backspasm.ui.text;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import org.backspasm.core.content.LocalText;
import org.backspasm.core.i18n.Formats;
import org.backspasm.core.i18n.Messages;

/**
 * One feature's bundle ({@code org/backspasm/i18n/FEATURE.properties}) in the window's current language. A view
 * calls {@link #get} while it builds; a text that must follow a language change without a rebuild binds with
 * {@link #bind}.
 */
public final class Texts {
    private final Lang lang;
    private final String feature;

    Texts(Lang lang, String feature) {
        this.lang = lang;
        this.feature = feature;
    }

    /** The text for {@code key} with {@code args} put in (see {@link Messages#text}). */
    public String get(String key, Object... args) {
        return Messages.of(feature, lang.locale()).text(key, args);
    }

    /** The same text, kept in the current language. */
    public StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), lang.localeProperty());
    }

    public Messages messages() {
        return Messages.of(feature, lang.locale());
    }

    public Locale locale() {
        return lang.locale();
    }

    public Formats formats() {
        return lang.formats();
    }

    public String content(LocalText text) {
        return lang.content(text);
    }

    public Lang lang() {
        return lang;
    }
}
