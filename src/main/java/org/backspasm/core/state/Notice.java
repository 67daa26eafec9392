package org.backspasm.core.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backspasm.core.i18n.Messages;

/**
 * A message about the user's data, kept as a key of the {@code notices} bundle and its arguments, so the window shows
 * it in the user's language (and again in another if they switch). An argument may itself be a notice (a sentence
 * inside a sentence); a {@code ZonedDateTime} is written as the locale writes a date and time. A plain notice
 * carries a text that is already written in the user's language.
 */
public record Notice(String key, List<Object> args) {
    /** The bundle: {@code org/backspasm/i18n/notices.properties}. */
    public static final String BUNDLE = "notices";

    public Notice {
        args = List.copyOf(args);
    }

    public static Notice of(String key, Object... args) {
        return new Notice(key, List.of(args));
    }

    /** A text already in the user's language (a screen's own message). */
    public static Notice plain(String text) {
        return new Notice(null, List.of(text));
    }

    public String text(Locale locale) {
        if (key == null) {
            return String.valueOf(args.get(0));
        }
        List<Object> out = new ArrayList<>();
        for (Object a : args) {
            out.add(a instanceof Notice n ? n.text(locale)
                    : a instanceof java.time.ZonedDateTime at ? org.backspasm.core.i18n.Formats.of(locale).dateTime(at)
                    : a);
        }
        return Messages.of(BUNDLE, locale).text(key, out.toArray());
    }

    /** In English (logs, tests). */
    public String english() {
        return text(Locale.UK);
    }
}
