package org.backspasm.content;

import java.util.regex.Pattern;
import org.backspasm.core.content.SourceRegistry;

/** Finds a source id written as a word in text people read ("Sources: NHS-BACK"). */
public final class RawIds {
    private RawIds() {
    }

    /**
     * Whether {@code text} holds {@code id} as a whole word. An id that is its publisher's own name (OrthoNY, URMC)
     * is a name people read, as in its title, not a code.
     */
    public static boolean contains(String text, String id, SourceRegistry registry) {
        if (!text.contains(id) || registry.get(id).publisher().equals(id)) {
            return false;
        }
        return WORDS.computeIfAbsent(id, i -> Pattern.compile("(?<![A-Za-z0-9-])" + Pattern.quote(i)
                + "(?![A-Za-z0-9-])")).matcher(text).find();
    }

    private static final java.util.Map<String, Pattern> WORDS = new java.util.concurrent.ConcurrentHashMap<>();
}
