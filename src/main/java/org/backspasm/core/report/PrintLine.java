package org.backspasm.core.report;

import java.util.List;

/**
 * One line of a report as printed (not as saved in HTML): its style and its cells (one for text, one per column for
 * a table's header and rows). A title, heading or table header stays on the page of the line after it.
 */
public record PrintLine(Style style, List<String> cells) {
    public enum Style { TITLE, NOTE, HEADING, HEADER, ROW, NOTHING }

    public PrintLine {
        cells = List.copyOf(cells);
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("a line has some text");
        }
    }

    public static PrintLine of(Style style, String... cells) {
        return new PrintLine(style, List.of(cells));
    }

    public boolean keepWithNext() {
        return style == Style.TITLE || style == Style.HEADING || style == Style.HEADER;
    }
}
