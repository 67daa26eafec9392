package org.backspasm.ui.text;

import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.backspasm.core.content.LocalText;
import org.backspasm.core.i18n.Formats;

/**
 * The language the window speaks right now. Made once by the assembly and handed to what shows text; it changes
 * when the user picks another language in Settings, and the shell then builds the screens again in it (models that
 * keep texts listen to {@link #localeProperty()} and write them again).
 */
public final class Lang {
    private final ReadOnlyObjectWrapper<Locale> locale;

    public Lang(Locale initial) {
        this.locale = new ReadOnlyObjectWrapper<>(initial);
    }

    public ReadOnlyObjectProperty<Locale> localeProperty() {
        return locale.getReadOnlyProperty();
    }

    public Locale locale() {
        return locale.get();
    }

    /** Switches the language (on the FX thread); listeners rebuild what they show. */
    public void set(Locale next) {
        locale.set(next);
    }

    /** A feature's bundle, always read in the current language. */
    public Texts texts(String feature) {
        return new Texts(this, feature);
    }

    /** Dates, times and numbers for the current language. */
    public Formats formats() {
        return Formats.of(locale());
    }

    /** A content text in the current language. */
    public String content(LocalText text) {
        return text.in(locale());
    }
}
