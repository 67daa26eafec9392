package org.backspasm.ui.journal;

import org.backspasm.ui.text.Texts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;
import org.backspasm.core.journal.PainRating;

/** Pain ratings of the last 14 days as a line, x in days relative to now, y from 0 to 10. */
public final class PainChart extends LineChart<Number, Number> {
    public static final int DAYS = 14;

    private final Clock clock;
    private final Texts t;
    private final XYChart.Series<Number, Number> series = new XYChart.Series<>();

    public PainChart(Clock clock, Texts t) {
        super(new NumberAxis(-DAYS, 0, 2), new NumberAxis(0, 10, 2));
        this.clock = clock;
        this.t = t;
        getStyleClass().add("pain-chart");
        setLegendVisible(false);
        setAnimated(false);
        setCreateSymbols(true);
        setVerticalZeroLineVisible(false);
        setHorizontalZeroLineVisible(false);
        setMinHeight(180);
        setPrefHeight(220);
        NumberAxis x = (NumberAxis) getXAxis();
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number daysFromNow) {
                Instant at = clock.instant().plus(Duration.ofMinutes(Math.round(daysFromNow.doubleValue() * 24 * 60)));
                return t.formats().dayMonth(at.atZone(clock.getZone()).toLocalDate());
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        getYAxis().setLabel(t.get("chart.axis"));
        getData().add(series);
    }

    public void show(List<PainRating> ratings) {
        List<XYChart.Data<Number, Number>> points = points(ratings);
        if (!sameAsShown(points)) {
            series.getData().setAll(points);
        }
    }

    /** The chart's points for the ratings: days from now (negative) against the score, last {@value #DAYS} days. */
    public List<XYChart.Data<Number, Number>> points(List<PainRating> ratings) {
        Instant now = clock.instant();
        Instant from = now.minus(Duration.ofDays(DAYS));
        return ratings.stream()
                .filter(r -> !r.at().isBefore(from) && !r.at().isAfter(now))
                .map(r -> point(Duration.between(now, r.at()).toMinutes() / (24.0 * 60), r))
                .toList();
    }

    /**
     * One rating's point. A screen reader reads its date and score in the user's language: the chart's own text
     * for a point ("X Axis is -2.1 …") is English, so it is replaced whenever the chart makes the point's node.
     */
    private XYChart.Data<Number, Number> point(double daysFromNow, PainRating r) {
        XYChart.Data<Number, Number> d = new XYChart.Data<>(daysFromNow, r.score());
        String said = t.get("chart.point", t.formats().dateTime(r.at().atZone(clock.getZone())), r.score());
        d.nodeProperty().addListener((o, was, node) -> {
            if (node != null) {
                node.accessibleTextProperty().unbind();
                node.setAccessibleText(said);
            }
        });
        return d;
    }

    /** True when the points are those already drawn: redrawing hundreds of symbols for nothing is skipped. */
    private boolean sameAsShown(List<XYChart.Data<Number, Number>> points) {
        List<XYChart.Data<Number, Number>> shown = series.getData();
        if (shown.size() != points.size()) {
            return false;
        }
        for (int i = 0; i < points.size(); i++) {
            if (!shown.get(i).getXValue().equals(points.get(i).getXValue())
                    || !shown.get(i).getYValue().equals(points.get(i).getYValue())) {
                return false;
            }
        }
        return true;
    }

    public int pointCount() {
        return series.getData().size();
    }
}
