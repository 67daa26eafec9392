package org.backspasm.core.text;

import java.util.List;
import org.backspasm.core.content.Source;

/** Small helpers for the self-contained HTML pages the app writes (summaries for a doctor). */
public final class Html {
    private Html() {
    }

    /** A "Sources" list for a printed page: each short title, its full citation and, where there is one, its link. */
    public static String sources(List<Source> sources) {
        StringBuilder b = new StringBuilder("<p class=\"note\">Sources:</p>\n<ul class=\"note sources\">\n");
        for (Source s : sources) {
            b.append("<li>");
            if (s.hasLink()) {
                b.append("<a href=\"").append(escape(s.link())).append("\">").append(escape(s.title())).append("</a>");
            } else {
                b.append(escape(s.title()));
            }
            b.append(": ").append(escape(s.fullCitation()));
            if (s.hasLink()) {
                b.append(" ").append(escape(s.link()));
            }
            b.append("</li>\n");
        }
        return b.append("</ul>\n").toString();
    }

    /** The text with HTML's special characters escaped, so a user's note can never become markup. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
