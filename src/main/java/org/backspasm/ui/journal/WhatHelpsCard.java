package org.backspasm.ui.journal;

import java.time.ZoneId;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.backspasm.core.companion.ActivitySummary;
import org.backspasm.core.companion.RatingPair;
import org.backspasm.core.companion.WhatHelps;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.RatedActivity;
import org.backspasm.core.journal.PainRating;
import org.backspasm.ui.layout.WrapRow;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.ui.text.Lang;
import org.backspasm.ui.text.Texts;
import org.backspasm.ui.theme.ThemeManager;

/**
 * "What helps you" (CLINICAL-FACTS 6, FARRAR2001): per activity, how many before/after pairs the user's own ratings
 * make, the median change, and the pairs drawn as dumbbells; the caution that this is their own record and not proof
 * (pain often eases with time anyway), with its source. Without pairs, how to get some. Follows the journal.
 */
public final class WhatHelpsCard extends VBox {
    private final ObservableList<JournalEntry> entries;
    private final Texts t;
    private final ZoneId zone;
    private final Label empty = new Label();
    private final VBox rows = new VBox(12);
    private List<ActivitySummary> shown = List.of();

    /** @param entries the whole journal, kept in step with new entries (the journal screen's list) */
    public WhatHelpsCard(ObservableList<JournalEntry> entries, SourceLines sources, Lang lang, ZoneId zone) {
        this.entries = entries;
        this.zone = zone;
        this.t = lang.texts("whathelps");
        getStyleClass().addAll("card", "what-helps");
        getStylesheets().add(ThemeManager.stylesheet(WhatHelpsCard.class, "whathelps.css"));
        setId("what-helps");
        setSpacing(8);
        Label title = new Label(t.get("card.title"));
        title.getStyleClass().add("subtitle");
        Label intro = wrapped(t.get("card.intro"), "muted");
        empty.setText(t.get("card.empty"));
        empty.setId("what-helps-empty");
        empty.setWrapText(true);
        empty.setMinHeight(USE_PREF_SIZE);
        empty.managedProperty().bind(empty.visibleProperty());
        rows.setId("what-helps-rows");
        rows.managedProperty().bind(rows.visibleProperty());
        Label caution = wrapped(t.get("card.caution"), "what-helps-caution");
        caution.setId("what-helps-caution");
        getChildren().addAll(title, intro, empty, rows, caution, sources.line(WhatHelps.CAUTION_SOURCES));
        entries.addListener((ListChangeListener<JournalEntry>) c -> {
            while (c.next()) {
                if (c.getAddedSubList().stream().anyMatch(WhatHelpsCard::around) || c.wasRemoved()) {
                    show();
                    return;
                }
            }
        });
        show();
    }

    /** What the card shows now, one summary per activity with pairs. */
    public List<ActivitySummary> summaries() {
        return shown;
    }

    private static boolean around(JournalEntry e) {
        return e instanceof PainRating r && r.aroundActivity();
    }

    private void show() {
        shown = WhatHelps.summarise(entries);
        empty.setVisible(shown.isEmpty());
        rows.setVisible(!shown.isEmpty());
        rows.getChildren().setAll(shown.isEmpty() ? List.of() : List.of(legend()));
        shown.forEach(s -> rows.getChildren().add(row(s)));
    }

    private Node legend() {
        Circle before = new Circle(5);
        before.getStyleClass().add("pairs-before");
        Circle after = new Circle(5);
        after.getStyleClass().add("pairs-after");
        Label b = new Label(t.get("card.legend.before"), before);
        Label a = new Label(t.get("card.legend.after"), after);
        b.getStyleClass().add("muted");
        a.getStyleClass().add("muted");
        HBox legend = new HBox(16, b, a);
        legend.setAlignment(Pos.CENTER_LEFT);
        return legend;
    }

    private Node row(ActivitySummary s) {
        String id = "what-helps-" + s.activity().name().toLowerCase();
        Label name = new Label(activity(s.activity()));
        name.getStyleClass().add("what-helps-activity");
        name.setMinWidth(USE_PREF_SIZE);
        Label count = new Label(t.get("card.count", s.count()));
        count.setId(id + "-count");
        count.getStyleClass().add("muted");
        Label median = new Label(median(s.medianChange()));
        median.setId(id + "-median");
        median.setTooltip(new Tooltip(t.get("card.median.help")));
        WrapRow head = new WrapRow(12, 2, name, count, median);
        PairsPlot plot = new PairsPlot(s.pairs());
        plot.setId(id + "-plot");
        plot.setAccessibleText(String.join("; ", plot.drawn().stream().map(p -> t.get("card.pairAccessible",
                t.formats().dateTime(p.afterAt().atZone(zone)), p.before(), p.after()))
                .toList()));
        Label last = wrapped(t.get("card.lastPairs", plot.drawn().size()), "muted");
        VBox row = new VBox(4, head, plot);
        if (s.count() > plot.drawn().size()) {
            row.getChildren().add(last);
        }
        row.setId(id);
        row.getStyleClass().add("what-helps-row");
        return row;
    }

    /** An activity's name, as it heads its row. */
    private String activity(RatedActivity a) {
        return switch (a) {
            case ICE -> t.get("activity.ice");
            case HEAT -> t.get("activity.heat");
            case ROUTINE -> t.get("activity.routine");
            case WALK -> t.get("activity.walk");
            case UNKNOWN -> t.get("activity.unknown");
        };
    }

    private String median(double change) {
        if (change < 0) {
            return t.get("card.median.lower", -change);
        }
        return change > 0 ? t.get("card.median.higher", change) : t.get("card.median.none");
    }

    private static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(USE_PREF_SIZE);
        l.getStyleClass().add(style);
        return l;
    }
}
