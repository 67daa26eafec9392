package org.backspasm.core.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Page breaks for a printed report, without a printer: blocks of known heights (a title, a heading, a row) go on
 * pages of a given height, in order, each exactly once. A block that does not fit starts the next page; a heading
 * is never the last thing on a page (it moves to the next page with the block after it); a block taller than a
 * whole page gets a page of its own (the printer shrinks it to fit).
 */
public final class Paging {
    /** One block to place: its height in points, and whether it must stay on the page of the block after it. */
    public record Block(double height, boolean keepWithNext) {
        public Block {
            if (!(height >= 0) || Double.isInfinite(height)) {
                throw new IllegalArgumentException("a block's height is a size, not " + height);
            }
        }
    }

    private Paging() {
    }

    /** The blocks' indexes on each page, in order; no page is empty. */
    public static List<List<Integer>> pages(List<Block> blocks, double pageHeight, double gap) {
        if (!(pageHeight > 0)) {
            throw new IllegalArgumentException("a page has a height, not " + pageHeight);
        }
        List<List<Integer>> pages = new ArrayList<>();
        List<Integer> page = new ArrayList<>();
        double used = 0;
        int i = 0;
        while (i < blocks.size()) {
            int end = groupEnd(blocks, i);
            double group = height(blocks, i, end, gap);
            double needed = page.isEmpty() ? group : used + gap + group;
            if (!page.isEmpty() && needed > pageHeight) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
                continue;
            }
            if (page.isEmpty() && group > pageHeight && end - i > 1) {
                end = i + 1; // a heading with a block too tall for any page: they cannot stay together
                group = blocks.get(i).height();
            }
            for (int k = i; k < end; k++) {
                page.add(k);
            }
            used = page.size() == end - i ? group : used + gap + group;
            i = end;
        }
        if (!page.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    /** The end (exclusive) of the run of blocks that stay together from i: headings and the block after them. */
    private static int groupEnd(List<Block> blocks, int i) {
        int end = i;
        while (end < blocks.size() - 1 && blocks.get(end).keepWithNext()) {
            end++;
        }
        return end + 1;
    }

    private static double height(List<Block> blocks, int from, int to, double gap) {
        double h = 0;
        for (int k = from; k < to; k++) {
            h += blocks.get(k).height() + (k > from ? gap : 0);
        }
        return h;
    }
}
