package org.backspasm.ui.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.backspasm.core.report.Paging;
import org.backspasm.core.report.PrintLine;

/**
 * The doctor's record laid out on printed pages: each line a block of text measured at the printable width, the
 * page breaks from {@link Paging} (headings stay with what follows), "Page n of m" at the foot. Black on white
 * whatever the app's theme. Needs no printer: tests lay out pages for a paper size and look at them.
 */
final class RecordPages {
    static final double GAP = 3;
    static final double FOOTER = 22;
    private static final double CELL_GAP = 10;
    private static final String FAMILY = "System";

    private RecordPages() {
    }

    /**
     * The pages for a printable area of the size given (points), each a node of exactly that size.
     *
     * @param foot the line at the foot of a page from its number and the number of pages ("Page 2 of 5")
     */
    static List<VBox> layout(List<PrintLine> lines, double width, double height,
            BiFunction<Integer, Integer, String> foot) {
        List<Node> blocks = new ArrayList<>();
        List<Paging.Block> sizes = new ArrayList<>();
        double[] columns = null;
        for (int i = 0; i < lines.size(); i++) {
            PrintLine line = lines.get(i);
            if (line.style() == PrintLine.Style.HEADER) {
                columns = columns(lines, i, width);
            }
            Node n = block(line, width, columns);
            blocks.add(n);
            sizes.add(new Paging.Block(n.prefHeight(width), line.keepWithNext()));
        }
        List<List<Integer>> pages = Paging.pages(sizes, height - FOOTER, GAP);
        List<VBox> out = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            VBox page = new VBox(GAP);
            page.setStyle("-fx-background-color: white;");
            pages.get(p).forEach(i -> page.getChildren().add(blocks.get(i)));
            Region spacer = new Region();
            VBox.setVgrow(spacer, Priority.ALWAYS);
            Text footLine = text(foot.apply(p + 1, pages.size()), 8, FontWeight.NORMAL, width);
            footLine.setFill(Color.gray(0.35));
            page.getChildren().addAll(spacer, footLine);
            page.setMinSize(width, height);
            page.setPrefSize(width, height);
            page.setMaxSize(width, height);
            new Scene(new Group(page)); // CSS and layout as printed, without a window
            page.applyCss();
            page.resize(width, height);
            page.layout();
            out.add(page);
        }
        return out;
    }

    /**
     * The widths of the table's columns that starts at the header given: each as wide as its widest text, except
     * the widest column, which wraps in the room left; shares of the width by those widths when that leaves too
     * little.
     */
    private static double[] columns(List<PrintLine> lines, int header, double width) {
        int n = lines.get(header).cells().size();
        double[] natural = new double[n];
        for (int i = header; i < lines.size() && (i == header || lines.get(i).style() == PrintLine.Style.ROW); i++) {
            List<String> cells = lines.get(i).cells();
            for (int c = 0; c < n && c < cells.size(); c++) {
                Text t = text(cells.get(c), 9.5, i == header ? FontWeight.BOLD : FontWeight.NORMAL, 0);
                natural[c] = Math.max(natural[c], t.getLayoutBounds().getWidth() + 1);
            }
        }
        double room = width - CELL_GAP * (n - 1);
        int widest = 0;
        for (int c = 1; c < n; c++) {
            widest = natural[c] > natural[widest] ? c : widest;
        }
        double others = java.util.Arrays.stream(natural).sum() - natural[widest];
        double[] out = new double[n];
        for (int c = 0; c < n; c++) {
            // the others as wide as their text, the widest (a note) wrapping in the rest; shares when that is too little
            out[c] = others <= room * 0.75 ? (c == widest ? room - others : natural[c])
                    : room * natural[c] / (others + natural[widest]);
        }
        return out;
    }

    private static Node block(PrintLine line, double width, double[] columns) {
        return switch (line.style()) {
            case TITLE -> text(line.cells().get(0), 18, FontWeight.BOLD, width);
            case NOTE, NOTHING -> text(line.cells().get(0), 10, FontWeight.NORMAL, width);
            case HEADING -> {
                VBox box = new VBox(text(line.cells().get(0), 13, FontWeight.BOLD, width));
                box.setPadding(new Insets(10, 0, 2, 0));
                yield box;
            }
            case HEADER -> row(line.cells(), columns, FontWeight.BOLD);
            case ROW -> row(line.cells(), columns == null ? new double[] {width} : columns, FontWeight.NORMAL);
        };
    }

    /** Table cells side by side, in the table's column widths. */
    private static Node row(List<String> cells, double[] columns, FontWeight weight) {
        HBox row = new HBox(CELL_GAP);
        for (int c = 0; c < cells.size() && c < columns.length; c++) {
            row.getChildren().add(text(cells.get(c), 9.5, weight, columns[c]));
        }
        return row;
    }

    private static Text text(String s, double size, FontWeight weight, double width) {
        Text t = new Text(s);
        t.setFont(Font.font(FAMILY, weight, size));
        t.setWrappingWidth(width);
        t.setFill(Color.BLACK);
        return t;
    }
}
