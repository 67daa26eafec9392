package org.backspasm.core.i18n;

import java.util.Locale;

/**
 * The pseudo-locale for developers and tests: every English text comes out with each letter swapped for an accented
 * one, about 40 % longer, between bracket markers ({@code "Settings"} becomes {@code "[Šéţţîñĝš ŀőŕé]"}). A text on
 * screen that is not like that did not come from a bundle. It keeps {@code MessageFormat} placeholders and plural
 * choices working: only literal text is changed.
 */
public final class Pseudo {
    /** The pseudo-locale's tag (the same one Android uses for accented pseudo text). */
    public static final Locale LOCALE = Locale.forLanguageTag("en-XA");
    public static final char OPEN = '[';
    public static final char CLOSE = ']';

    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ACCENTED = "àƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
    private static final String FILLER = "ŀőŕéɱ ïþšûɱ ðöļöŕ šîţ åɱéţ ";

    private Pseudo() {
    }

    public static boolean is(Locale locale) {
        return LOCALE.equals(locale);
    }

    /** A plain text (content, a formatted date) in pseudo form. */
    public static String text(String plain) {
        StringBuilder b = new StringBuilder(plain.length() * 2);
        b.append(OPEN);
        int letters = 0;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            b.append(accent(c));
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return b.append(padding(letters)).append(CLOSE).toString();
    }

    /**
     * A {@code MessageFormat} pattern in pseudo form: the literal text and the texts of plural choices are accented;
     * argument numbers, format types, choice limits and quoting are kept.
     */
    public static String pattern(String pattern) {
        StringBuilder b = new StringBuilder(pattern.length() * 2);
        b.append(OPEN);
        int[] letters = {0};
        walk(pattern, 0, b, letters, true);
        return b.append(padding(letters[0])).append(CLOSE).toString();
    }

    /** Copies {@code p} from {@code start}, accenting text; returns where it stopped (a closing brace or the end). */
    private static int walk(String p, int start, StringBuilder out, int[] letters, boolean top) {
        int i = start;
        boolean quoted = false;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '\'') {
                out.append(c);
                if (i + 1 < p.length() && p.charAt(i + 1) == '\'') {
                    out.append('\'');
                    i += 2;
                    continue;
                }
                quoted = !quoted;
                i++;
                continue;
            }
            if (!quoted && c == '{') {
                i = element(p, i, out, letters);
                continue;
            }
            if (!quoted && !top && (c == '|' || c == '}')) {
                return i; // the end of one choice's text
            }
            out.append(accent(c));
            letters[0] += Character.isLetter(c) ? 1 : 0;
            i++;
        }
        return i;
    }

    /** One {@code {...}} element starting at {@code open}; a choice element gets its texts accented. */
    private static int element(String p, int open, StringBuilder out, int[] letters) {
        int close = matching(p, open);
        String inner = p.substring(open + 1, close);
        String[] parts = inner.split(",", 3);
        if (parts.length == 3 && parts[1].strip().equals("choice")) {
            out.append('{').append(parts[0]).append(',').append(parts[1]).append(',');
            String style = parts[2];
            int i = 0;
            while (i < style.length()) {
                char c = style.charAt(i);
                out.append(c);
                i++;
                if (c == '#' || c == '<' || c == '\u2264') {
                    i = walk(style, i, out, letters, false);
                }
            }
            out.append('}');
        } else {
            out.append(p, open, close + 1);
        }
        return close + 1;
    }

    private static int matching(String p, int open) {
        int depth = 0;
        for (int i = open; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unmatched brace in " + p);
    }

    static char accent(char c) {
        int k = PLAIN.indexOf(c);
        return k < 0 ? c : ACCENTED.charAt(k);
    }

    private static String padding(int letters) {
        int n = (int) Math.ceil(letters * 0.4);
        if (n == 0) {
            return "";
        }
        StringBuilder b = new StringBuilder(" ");
        for (int i = 0; i < n; i++) {
            b.append(FILLER.charAt(i % FILLER.length()));
        }
        return b.toString().stripTrailing();
    }

    /** Whether a text has a letter that did not go through the pseudo-locale (an ASCII letter). */
    public static boolean hasPlainLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (PLAIN.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
