package org.backspasm.ui.journal;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import org.backspasm.core.companion.RatingPair;
import org.backspasm.core.journal.PainRating;

/**
 * Before/after pairs of one activity drawn as dumbbells on a 0–10 scale, one line per time, the latest at the bottom:
 * a hollow dot at the "before" score, a filled dot at the "after" score, a line between. Scales with its width; the
 * colours are the theme's (rating.css classes in journal.css).
 */
final class PairsPlot extends Region {
    static final int MAX_PAIRS = 8;
    private static final double ROW = 18;
    private static final double AXIS = 20;
    private static final double DOT = 5;
    private static final double SIDE = 14;

    private final List<RatingPair> pairs;
    private final List<Line> grid = new ArrayList<>();
    private final List<Label> ticks = new ArrayList<>();
    private final List<Line> links = new ArrayList<>();
    private final List<Circle> befores = new ArrayList<>();
    private final List<Circle> afters = new ArrayList<>();

    /** @param pairs oldest first; only the last {@value #MAX_PAIRS} are drawn */
    PairsPlot(List<RatingPair> pairs) {
        this.pairs = List.copyOf(pairs.subList(Math.max(0, pairs.size() - MAX_PAIRS), pairs.size()));
        getStyleClass().add("pairs-plot");
        for (int s = PainRating.MIN; s <= PainRating.MAX; s += 2) {
            Line g = new Line();
            g.getStyleClass().add("pairs-grid");
            grid.add(g);
            Label tick = new Label(Integer.toString(s));
            tick.getStyleClass().add("pairs-tick");
            ticks.add(tick);
        }
        getChildren().addAll(grid);
        getChildren().addAll(ticks);
        for (RatingPair p : this.pairs) {
            Line link = new Line();
            link.getStyleClass().add("pairs-link");
            Circle before = new Circle(DOT);
            before.getStyleClass().add("pairs-before");
            Circle after = new Circle(DOT);
            after.getStyleClass().add("pairs-after");
            links.add(link);
            befores.add(before);
            afters.add(after);
        }
        getChildren().addAll(links);
        getChildren().addAll(befores);
        getChildren().addAll(afters);
        setMinHeight(height());
        setPrefHeight(height());
        setMaxHeight(height());
        setMinWidth(160);
        setPrefWidth(360);
    }

    /** The pairs drawn, oldest first. */
    List<RatingPair> drawn() {
        return pairs;
    }

    private double height() {
        return pairs.size() * ROW + AXIS + 4;
    }

    private double x(int score) {
        double w = getWidth() - 2 * SIDE;
        return SIDE + w * score / PainRating.MAX;
    }

    @Override
    protected void layoutChildren() {
        double plotBottom = pairs.size() * ROW + 2;
        for (int i = 0; i < grid.size(); i++) {
            double gx = snapPositionX(x(i * 2)) + 0.5;
            Line g = grid.get(i);
            g.setStartX(gx);
            g.setEndX(gx);
            g.setStartY(0);
            g.setEndY(plotBottom);
            Label tick = ticks.get(i);
            double tw = tick.prefWidth(-1);
            tick.resizeRelocate(gx - tw / 2, plotBottom + 2, tw, tick.prefHeight(tw));
        }
        for (int i = 0; i < pairs.size(); i++) {
            RatingPair p = pairs.get(i);
            double y = i * ROW + ROW / 2 + 1;
            double bx = x(p.before());
            double ax = x(p.after());
            Line link = links.get(i);
            link.setStartX(bx);
            link.setEndX(ax);
            link.setStartY(y);
            link.setEndY(y);
            befores.get(i).setCenterX(bx);
            befores.get(i).setCenterY(y);
            afters.get(i).setCenterX(ax);
            afters.get(i).setCenterY(y);
        }
    }
}
