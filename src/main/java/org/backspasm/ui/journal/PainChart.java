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
        setAccessibleText(t.get("chart.accessible", DAYS));
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
        List<PainRating> shown = inRange(ratings);
        List<XYChart.Data<Number, Number>> points = points(shown);
        if (!sameAsShown(points)) {
            series.getData().setAll(points);
            for (int i = 0; i < points.size(); i++) {
                describe(points.get(i).getNode(), shown.get(i));
            }
        }
    }

    /**
     * A point's words for a screen reader, in the user's language: JavaFX binds its own English ("null X Axis is
     * -3.2 Y Axis is 6", role "Point"), which is replaced here.
     */
    private void describe(javafx.scene.Node symbol, PainRating r) {
        if (symbol == null) {
            return;
        }
        symbol.accessibleTextProperty().unbind();
        symbol.setAccessibleText(t.get("chart.pointAccessible", r.score(),
                t.formats().weekdayDateTime(r.at().atZone(clock.getZone()))));
        symbol.setAccessibleRoleDescription(t.get("chart.pointRole"));
    }

    /** The chart's points for the ratings: days from now (negative) against the score, last {@value #DAYS} days. */
    public List<XYChart.Data<Number, Number>> points(List<PainRating> ratings) {
        Instant now = clock.instant();
        return inRange(ratings).stream()
                .map(r -> new XYChart.Data<Number, Number>(
                        Duration.between(now, r.at()).toMinutes() / (24.0 * 60), r.score()))
                .toList();
    }

    private List<PainRating> inRange(List<PainRating> ratings) {
        Instant now = clock.instant();
        Instant from = now.minus(Duration.ofDays(DAYS));
        return ratings.stream().filter(r -> !r.at().isBefore(from) && !r.at().isAfter(now)).toList();
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
