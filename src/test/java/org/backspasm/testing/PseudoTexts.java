package org.backspasm.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.backspasm.core.i18n.Pseudo;

/**
 * Whether a text on screen came through the pseudo-locale: once the user's own data and the texts that rightly
 * stay as they are (source titles, citations and links; a key's name in a shortcut such as "Ctrl+1") are taken
 * out, no plain letter may be left, and a text with letters must carry the pseudo markers {@code [ ]}. Numbers and
 * signs alone pass.
 */
public final class PseudoTexts {
    /** A shortcut as JavaFX writes it ("Ctrl+1", "Shift+Ctrl+E", "Esc"): JavaFX has no translation of key names. */
    private static final Pattern SHORTCUT = Pattern.compile("\\b((Ctrl|Shift|Alt|Meta|Cmd|Shortcut)\\+)+\\S|\\bEsc\\b");

    private final List<String> kept;

    /** @param kept texts that stay as they are wherever they show (user data, source titles...) */
    public PseudoTexts(Collection<String> kept) {
        List<String> k = new ArrayList<>(kept.stream().filter(s -> s != null && !s.isBlank()).toList());
        k.sort(Comparator.comparingInt(String::length).reversed()); // a longer text first: it may hold a shorter one
        this.kept = List.copyOf(k);
    }

    /** Why the text did not come through the pseudo-locale, or {@code null} when it did. */
    public String problem(String text) {
        String rest = text;
        for (String k : kept) {
            rest = rest.replace(k, " ");
        }
        rest = SHORTCUT.matcher(rest).replaceAll(" ");
        if (Pseudo.hasPlainLetter(rest)) {
            return "plain letters";
        }
        boolean letters = rest.codePoints().anyMatch(Character::isLetter);
        if (letters && (rest.indexOf(Pseudo.OPEN) < 0 || rest.indexOf(Pseudo.CLOSE) < 0)) {
            return "no pseudo markers";
        }
        return null;
    }
}
