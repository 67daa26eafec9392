package org.backspasm.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReportTemplateTest {
    private final ReportTemplate t = new ReportTemplate("""
            <!--@row-->
            <tr><td>{{when}}</td><td>{{what}}</td></tr>
            <!--@list-->
            <ul>{{items}}</ul>
            """);

    @Test
    void textIsEscapedAndMarkupGoesInAsItIs() {
        Markup row = t.fill("row", "when", "<b>\"today\" & 'now'</b>", "what", new Markup("<em>ok</em>"));
        assertEquals("<tr><td>&lt;b&gt;&quot;today&quot; &amp; &#39;now&#39;&lt;/b&gt;</td><td><em>ok</em></td></tr>\n",
                row.html());
        assertEquals("<ul><tr><td>3</td><td></td></tr>\n</ul>\n",
                t.fill("list", "items", t.fill("row", "when", 3, "what", "")).html());
    }

    @Test
    void aValueThatLooksLikeAPlaceholderOrAReplacementIsJustText() {
        assertEquals("<tr><td>{{what}}</td><td>$1 \\</td></tr>\n", t.fill("row", "when", "{{what}}", "what", "$1 \\").html());
    }

    @Test
    void aMissingValueAnUnusedValueOrAnUnknownFragmentIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> t.fill("row", "when", "x"));
        assertThrows(IllegalArgumentException.class, () -> t.fill("row", "when", "x", "what", "y", "who", "z"));
        assertThrows(IllegalArgumentException.class, () -> t.fill("table", "rows", "x"));
        assertThrows(IllegalArgumentException.class, () -> t.fill("row", "when", new Object(), "what", "y"));
    }

    @Test
    void theAppTemplateHasThePageEveryReportUses() {
        String page = ReportTemplate.get().fill("page", "title", "T & U", "body", Markup.EMPTY).html();
        assertTrue(page.startsWith("<!DOCTYPE html>"), page);
        assertTrue(page.contains("<title>T &amp; U</title>"), page);
    }
}
