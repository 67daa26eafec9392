package org.backspasm.core.journal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backspasm.core.report.Markup;
import org.backspasm.core.report.ReportTemplate;

/**
 * The pain chart in the doctor's summary: the frame, grid and scale are the template's {@code chart} fragment; here
 * only the points are placed, x by time across the period and y by score (0 at the bottom, 10 at the top).
 */
final class PainChartSvg {
    static final double LEFT = 30;
    static final double WIDTH = 640;
    static final double TOP = 10;
    static final double HEIGHT = 180;

    private PainChartSvg() {
    }

    static Markup of(ReportTemplate t, List<PainRating> ratings, Instant from, Instant to, String fromLabel,
            String toLabel) {
        double span = Math.max(1, Duration.between(from, to).toMinutes());
        StringBuilder points = new StringBuilder();
        List<Markup> dots = new ArrayList<>();
        for (PainRating r : ratings) {
            String x = number(LEFT + WIDTH * Duration.between(from, r.at()).toMinutes() / span);
            String y = number(TOP + HEIGHT - r.score() * HEIGHT / PainRating.MAX);
            points.append(points.length() == 0 ? "" : " ").append(x).append(',').append(y);
            dots.add(t.fill("dot", "x", x, "y", y));
        }
        return t.fill("chart", "from", fromLabel, "to", toLabel, "points", points.toString(),
                "dots", Markup.join(dots));
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
