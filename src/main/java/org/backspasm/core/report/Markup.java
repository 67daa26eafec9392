package org.backspasm.core.report;

import java.util.List;
import org.backspasm.core.text.Html;

/**
 * HTML that is safe to put in a page as it is: a filled template fragment, or text that went through the one
 * escape function. A plain String given to a template is always escaped; only a Markup goes in unchanged.
 */
public record Markup(String html) {
    public static final Markup EMPTY = new Markup("");

    public Markup {
        html = html == null ? "" : html;
    }

    /** The text, escaped. */
    public static Markup text(String text) {
        return new Markup(Html.escape(text));
    }

    public static Markup join(List<Markup> parts) {
        StringBuilder b = new StringBuilder();
        parts.forEach(p -> b.append(p.html));
        return new Markup(b.toString());
    }

    @Override
    public String toString() {
        return html;
    }
}
