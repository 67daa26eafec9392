package org.backspasm.ui.journal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.time.format.DateTimeFormatter;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.ui.Screen;
import org.backspasm.ui.layout.ResponsiveRow;
import org.backspasm.ui.ScreenId;

/** The journal: rate the pain now, see the last two weeks of pain, and everything that happened, newest first. */
public final class JournalScreen implements Screen {
    static final int EXPORT_DAYS = 30;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm");

    private final JournalModel model;
    private final Clock clock;
    private final VBox page = new VBox();
    private final javafx.scene.control.ScrollPane view = new javafx.scene.control.ScrollPane(page);
    private final PainChart chart;
    private final ListView<JournalEntry> list = new ListView<>();
    private final ChoiceBox<JournalModel.Filter> filter = new ChoiceBox<>();
    private final Label exportStatus = new Label();
    private final Label chartEmpty = new Label("No pain ratings in the last " + PainChart.DAYS + " days yet.");
    private boolean showing;

    private final List<Node> dataButtons;
    private final Node dataStatus;

    public JournalScreen(JournalModel model, Clock clock) {
        this(model, clock, List.of(), new javafx.scene.layout.Region());
    }

    /**
     * @param dataButtons the journal's "Export…" and "Import…" (feature ui/data), beside "Save for my doctor…"
     * @param dataStatus what the last export or import did, above the list
     */
    public JournalScreen(JournalModel model, Clock clock, List<Node> dataButtons, Node dataStatus) {
        this.model = model;
        this.clock = clock;
        this.chart = new PainChart(clock);
        this.dataButtons = dataButtons;
        this.dataStatus = dataStatus;
        createView();
        init();
    }

    private void createView() {
        page.getStyleClass().add("page");
        view.setFitToWidth(true);
        view.setFitToHeight(true);
        Label title = new Label("Journal");
        title.getStyleClass().add("title");
        PainLogCard log = new PainLogCard(clock, model::add);

        Label chartTitle = new Label("Pain, last " + PainChart.DAYS + " days");
        chartTitle.getStyleClass().add("subtitle");
        chartEmpty.getStyleClass().add("muted");
        chartEmpty.setWrapText(true);
        chartEmpty.setMouseTransparent(true);
        VBox chartCard = new VBox(chartTitle, new javafx.scene.layout.StackPane(chart, chartEmpty));
        chartCard.getStyleClass().add("card");

        Label listTitle = new Label("Everything recorded");
        listTitle.getStyleClass().add("subtitle");
        filter.getItems().setAll(JournalModel.Filter.values());
        filter.setValue(JournalModel.Filter.ALL);
        filter.setId("journal-filter");
        Button export = new Button("Save for my doctor…");
        export.setId("export-journal");
        export.setTooltip(new javafx.scene.control.Tooltip("A printable summary of the last "
                + EXPORT_DAYS + " days (HTML)"));
        export.setOnAction(e -> chooseAndExport(export));
        exportStatus.getStyleClass().add("muted");
        exportStatus.setWrapText(true);
        exportStatus.setId("export-status");
        exportStatus.managedProperty().bind(exportStatus.textProperty().isNotEmpty());
        HBox show = new HBox(10, new Label("Show"), filter);
        show.setAlignment(Pos.CENTER_LEFT);
        org.backspasm.ui.layout.TrailingRow listHeader = new org.backspasm.ui.layout.TrailingRow(10, listTitle, show);
        list.setId("journal-list");
        list.setItems(model.entries());
        list.setPlaceholder(new Label("Nothing recorded yet. Ratings, ice and heat sessions, stretches and checks appear here."));
        list.setCellFactory(v -> new EntryCell());
        list.setMinHeight(160);
        list.setPrefHeight(260);
        VBox listCard = new VBox(listHeader, exportStatus, dataStatus, list);
        listCard.getStyleClass().add("card");
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox.setVgrow(listCard, Priority.ALWAYS);

        ResponsiveRow top = new ResponsiveRow(380, 16, log, chartCard);
        // the buttons wrap onto a second line rather than shrink (large text in a small window)
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(8, 8);
        actions.getChildren().addAll(dataButtons);
        actions.getChildren().add(export);
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.getChildren().forEach(n -> {
            if (n instanceof javafx.scene.layout.Region r) {
                r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        });
        org.backspasm.ui.layout.TrailingRow titleRow = new org.backspasm.ui.layout.TrailingRow(12, title, actions);
        page.getChildren().addAll(titleRow, top, listCard);
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

    private void chooseAndExport(Button owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save a summary for your doctor");
        chooser.setInitialFileName("back-pain-journal-" + LocalDate.now(clock) + ".html");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Web page (HTML)", "*.html"));
        File file = chooser.showSaveDialog(owner.getScene().getWindow());
        if (file != null) {
            export(file.toPath());
        }
    }

    /** Writes the summary and says where it went (or what went wrong), in plain words. */
    void export(Path file) {
        try {
            int n = model.exportForDoctor(file, clock, EXPORT_DAYS);
            exportStatus.setText("Saved " + n + (n == 1 ? " entry" : " entries") + " from the last " + EXPORT_DAYS
                    + " days to " + file + ". Open it in a web browser to read or print it.");
        } catch (IOException e) {
            exportStatus.setText("The summary could not be saved to " + file + ": " + e.getMessage()
                    + ". Try another folder.");
        }
    }

    PainChart chart() {
        return chart;
    }

    /** What the chart is drawn from, computed as {@link #shown()} computes it (for tests of its speed). */
    public List<javafx.scene.chart.XYChart.Data<Number, Number>> chartPoints() {
        java.time.Instant now = clock.instant();
        return chart.points(model.painRatings(now.minus(java.time.Duration.ofDays(PainChart.DAYS)), now));
    }

    private final class EntryCell extends ListCell<JournalEntry> {
        @Override
        protected void updateItem(JournalEntry item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
            } else {
                setText(WHEN.format(item.at().atZone(clock.getZone())) + "  ·  " + item.summary());
            }
        }
    }
}
