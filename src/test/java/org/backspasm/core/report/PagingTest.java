package org.backspasm.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Page breaks of the printed record, without a printer (issue 18, item 5). */
class PagingTest {
    private static Paging.Block row(double h) {
        return new Paging.Block(h, false);
    }

    private static Paging.Block heading(double h) {
        return new Paging.Block(h, true);
    }

    @Test
    void rowsFillAPageThenTheNextOneStarts() {
        List<Paging.Block> blocks = new ArrayList<>();
        IntStream.range(0, 25).forEach(i -> blocks.add(row(10)));
        // 100 points, gap 2: 8 rows take 8*10 + 7*2 = 94, a ninth would need 106
        List<List<Integer>> pages = Paging.pages(blocks, 100, 2);
        assertEquals(List.of(8, 8, 8, 1), pages.stream().map(List::size).toList());
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), pages.get(0));
    }

    @Test
    void aHeadingIsNeverLeftAtTheFootOfAPage() {
        // 7 rows (82) then a heading: it fits (82+2+10 = 94) but its first row does not, so both go over
        List<Paging.Block> blocks = new ArrayList<>();
        IntStream.range(0, 7).forEach(i -> blocks.add(row(10)));
        blocks.add(heading(10));
        blocks.add(heading(10)); // a table's header row stays with its heading and first row too
        blocks.add(row(10));
        List<List<Integer>> pages = Paging.pages(blocks, 100, 2);
        assertEquals(List.of(List.of(0, 1, 2, 3, 4, 5, 6), List.of(7, 8, 9)), pages);
    }

    @Test
    void aBlockTallerThanAPageGetsAPageOfItsOwn() {
        List<List<Integer>> pages = Paging.pages(List.of(row(10), row(250), row(10)), 100, 2);
        assertEquals(List.of(List.of(0), List.of(1), List.of(2)), pages);
        assertEquals(List.of(List.of(0), List.of(1)), Paging.pages(List.of(heading(10), row(250)), 100, 2),
                "a heading cannot stay with a block too tall for any page");
    }

    @Test
    void nothingToPrintIsNoPage() {
        assertEquals(List.of(), Paging.pages(List.of(), 100, 2));
    }

    @Property(tries = 300)
    void everyBlockIsPrintedOnceInOrderAndEveryPageFits(
            @ForAll @Size(max = 80) List<@DoubleRange(min = 0, max = 140) Double> heights,
            @ForAll List<Boolean> keeps,
            @ForAll @DoubleRange(min = 20, max = 300) double pageHeight) {
        List<Paging.Block> blocks = new ArrayList<>();
        for (int i = 0; i < heights.size(); i++) {
            blocks.add(new Paging.Block(heights.get(i), i < keeps.size() && keeps.get(i)));
        }
        List<List<Integer>> pages = Paging.pages(blocks, pageHeight, 2);
        assertEquals(IntStream.range(0, blocks.size()).boxed().toList(),
                pages.stream().flatMap(List::stream).toList(), "every block once, in order");
        for (List<Integer> page : pages) {
            assertFalse(page.isEmpty());
            double used = page.stream().mapToDouble(i -> blocks.get(i).height()).sum() + 2 * (page.size() - 1);
            assertTrue(used <= pageHeight + 1e-9 || page.size() == 1, "a page holds what fits, or one tall block");
            int last = page.get(page.size() - 1);
            boolean headingLast = blocks.get(last).keepWithNext() && last < blocks.size() - 1;
            if (headingLast) {
                // allowed only when what follows could not fit on a page together with it
                double together = blocks.get(last).height() + 2 + blocks.get(last + 1).height();
                assertTrue(together > pageHeight || page.size() == 1 || runFrom(blocks, page.get(0)) > pageHeight,
                        "a heading ends page " + pages.indexOf(page) + " although its block would fit after it");
            }
        }
    }

    /** The height of the run of kept-together blocks starting at i. */
    private static double runFrom(List<Paging.Block> blocks, int i) {
        double h = blocks.get(i).height();
        while (i < blocks.size() - 1 && blocks.get(i).keepWithNext()) {
            i++;
            h += 2 + blocks.get(i).height();
        }
        return h;
    }
}
