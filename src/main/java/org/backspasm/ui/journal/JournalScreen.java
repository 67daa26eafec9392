package org.backspasm.ui.journal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.ui.Screen;
import org.backspasm.ui.layout.ResponsiveRow;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.text.Lang;
import org.backspasm.ui.text.Texts;

/** The journal: rate the pain now, see the last two weeks of pain, and everything that happened, newest first. */
public final class JournalScreen implements Screen {

    private final JournalModel model;
    private final Clock clock;
    private final VBox page = new VBox();
    private final javafx.scene.control.ScrollPane view = new javafx.scene.control.ScrollPane(page);
    private final PainChart chart;
    private final ListView<JournalEntry> list = new ListView<>();
    private final ChoiceBox<JournalModel.Filter> filter = new ChoiceBox<>();
    private final DoctorRecordModel doctorRecord;
    private final Label chartEmpty = new Label();
    private final Lang lang;
    private final Texts t;
    private boolean showing;

    private final List<Node> dataButtons;
    private final Node dataStatus;
    private final Node whatHelps;

    /**
     * @param dataButtons the journal's "Export…" and "Import…" (feature ui/data), beside the title
     * @param dataStatus what the last export or import did, under the doctor's record
     * @param whatHelps  "What helps you" (the ratings before and after an activity), under the chart
     */
    public JournalScreen(JournalModel model, Clock clock, List<Node> dataButtons, Node dataStatus, Lang lang,
            Node whatHelps) {
        this.whatHelps = whatHelps;
        this.lang = lang;
        this.t = lang.texts("journal");
        this.model = model;
        this.clock = clock;
        this.chart = new PainChart(clock, t);
        this.dataButtons = dataButtons;
        this.dataStatus = dataStatus;
        this.doctorRecord = new DoctorRecordModel(model.journal(), model.files(), clock, t);
        createView();
        init();
    }

    private void createView() {
        page.getStyleClass().add("page");
        view.setFitToWidth(true);
        view.setFitToHeight(true);
        Label title = new Label(t.get("title"));
        title.getStyleClass().add("title");
        PainLogCard log = new PainLogCard(clock, model::add, lang);
        chartEmpty.setText(t.get("chart.empty", PainChart.DAYS));

        Label chartTitle = new Label(t.get("chart.title", PainChart.DAYS));
        chartTitle.getStyleClass().add("subtitle");
        chartEmpty.getStyleClass().addAll("muted", "chart-empty");
        chartEmpty.setWrapText(true);
        chartEmpty.managedProperty().bind(chartEmpty.visibleProperty());
        // under the title, not over the plot: laid over the grid it ran into the pain axis's label
        VBox chartCard = new VBox(chartTitle, chartEmpty, chart);
        chartCard.getStyleClass().add("card");

        Label listTitle = new Label(t.get("list.title"));
        listTitle.getStyleClass().add("subtitle");
        filter.getItems().setAll(JournalModel.Filter.values());
        filter.setValue(JournalModel.Filter.ALL);
        filter.setId("journal-filter");
        DoctorRecordBar record = new DoctorRecordBar(doctorRecord, t);
        Label exportStatus = DoctorRecordBar.statusLabel(doctorRecord);
        HBox show = new HBox(10, new Label(t.get("list.show")), filter);
        filter.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(JournalModel.Filter f) {
                return f == null ? "" : filterName(f);
            }

            @Override
            public JournalModel.Filter fromString(String s) {
                return null;
            }
        });
        show.setAlignment(Pos.CENTER_LEFT);
        org.backspasm.ui.layout.TrailingRow listHeader = new org.backspasm.ui.layout.TrailingRow(10, listTitle, show);
        list.setId("journal-list");
        list.setItems(model.entries());
        list.setPlaceholder(new Label(t.get("list.empty")));
        list.setCellFactory(v -> new EntryCell());
        list.setMinHeight(160);
        list.setPrefHeight(260);
        VBox listCard = new VBox(listHeader, list);
        listCard.getStyleClass().add("card");
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox.setVgrow(listCard, Priority.ALWAYS);

        ResponsiveRow top = new ResponsiveRow(380, 16, log, chartCard);
        // Export… and Import… beside the title; they wrap onto a second line rather than shrink (large text in a
        // small window)
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(8, 8);
        actions.getChildren().addAll(dataButtons);
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.getChildren().forEach(n -> {
            if (n instanceof javafx.scene.layout.Region r) {
                r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        });
        org.backspasm.ui.layout.TrailingRow titleRow = new org.backspasm.ui.layout.TrailingRow(12, title, actions);
        page.getChildren().addAll(titleRow, record.view(), exportStatus, dataStatus, top, whatHelps, listCard);
    }

    private void init() {
        filter.valueProperty().addListener((o, a, f) -> model.setFilter(f));
        model.allEntries().addListener((ListChangeListener<JournalEntry>) c -> {
            if (showing) {
                showChart();
            }
        });
    }

    @Override
    public ScreenId id() {
        return ScreenId.JOURNAL;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        showing = true;
        showChart();
    }

    private void showChart() {
        java.time.Instant now = clock.instant();
        chart.show(model.painRatings(now.minus(java.time.Duration.ofDays(PainChart.DAYS)), now));
        chartEmpty.setVisible(chart.pointCount() == 0);
    }

    @Override
    public void hidden() {
        showing = false;
    }

    /** Saves the record for the doctor to the file (as "Save for my doctor…" does after its file dialog). */
    void export(Path file) {
        doctorRecord.save(file);
    }

    PainChart chart() {
        return chart;
    }

    /** What the chart is drawn from, computed as {@link #shown()} computes it (for tests of its speed). */
    public List<javafx.scene.chart.XYChart.Data<Number, Number>> chartPoints() {
        java.time.Instant now = clock.instant();
        return chart.points(model.painRatings(now.minus(java.time.Duration.ofDays(PainChart.DAYS)), now));
    }

    private String filterName(JournalModel.Filter f) {
        return switch (f) {
            case ALL -> t.get("filter.all");
            case PAIN -> t.get("filter.pain");
            case THERAPY -> t.get("filter.therapy");
            case STRETCHES -> t.get("filter.stretches");
            case CHECKS -> t.get("filter.checks");
            case EPISODES -> t.get("filter.episodes");
        };
    }

    private final class EntryCell extends ListCell<JournalEntry> {
        EntryCell() {
            setWrapText(true); // a long line wraps in a small window with large text, never scrolls sideways
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(JournalEntry item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
            } else {
                setText(t.get("list.line", t.formats().weekdayDateTime(item.at().atZone(clock.getZone())),
                        item.summary(lang.locale())));
            }
        }
    }
}
