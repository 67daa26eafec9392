package org.backspasm.core.text;

/** Small helpers for the self-contained HTML pages the app writes (summaries for a doctor). */
public final class Html {
    private Html() {
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
