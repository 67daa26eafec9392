package org.backspasm.ui.journal;

import java.io.File;
import java.util.List;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.backspasm.ui.layout.WrapRow;
import org.backspasm.ui.text.Texts;

/**
 * The record for a doctor: the days it covers, "Save for my doctor…" (a web page) and "Print…" (through the
 * system's print dialog, which also makes PDFs). The buttons wait for a first day on or before the last.
 */
final class DoctorRecordBar {
    private final DoctorRecordModel model;
    private final WrapRow view = new WrapRow(10, 8); // a long language or large text: on more lines
    private final DatePicker first = new DatePicker();
    private final DatePicker last = new DatePicker();
    private final Button save = new Button();
    private final Button print = new Button();
    private final Texts t;

    DoctorRecordBar(DoctorRecordModel model, Texts t) {
        this.model = model;
        this.t = t;
        createView();
        init();
    }

    private void createView() {
        first.setId("record-first-day");
        last.setId("record-last-day");
        for (DatePicker p : List.of(first, last)) {
            p.getEditor().setPrefColumnCount(8); // a whole date at any text size (a fixed width cut it)
            p.setShowWeekNumbers(false);
        }
        first.setAccessibleText(t.get("record.firstDay"));
        last.setAccessibleText(t.get("record.lastDay"));
        save.setText(t.get("record.save"));
        save.setId("export-journal");
        save.setTooltip(new Tooltip(t.get("record.saveTip")));
        print.setText(t.get("record.print"));
        print.setId("print-journal");
        print.setTooltip(new Tooltip(t.get("record.printTip")));
        Label what = new Label(t.get("record.title"));
        what.getStyleClass().add("subtitle");
        view.add(what);
        view.add(day(t.get("record.from"), first)); // each day with its word, the two on one line if they fit
        view.add(day(t.get("record.to"), last));
        view.add(save);
        view.add(print);
        view.setId("doctor-record");
    }

    private static HBox day(String word, DatePicker picker) {
        Label l = new Label(word);
        l.setMinWidth(Region.USE_PREF_SIZE);
        HBox day = new HBox(6, l, picker);
        day.setAlignment(Pos.CENTER_LEFT);
        return day;
    }

    private void init() {
        first.valueProperty().bindBidirectional(model.firstProperty());
        last.valueProperty().bindBidirectional(model.lastProperty());
        save.disableProperty().bind(model.rangeOkProperty().not());
        print.disableProperty().bind(model.rangeOkProperty().not());
        save.setOnAction(e -> chooseAndSave());
        print.setOnAction(e -> print());
    }

    WrapRow view() {
        return view;
    }

    /** The line under the journal's title: what the last save or print did, or why the days cannot be used. */
    static Label statusLabel(DoctorRecordModel model) {
        Label status = new Label();
        status.getStyleClass().add("muted");
        status.setWrapText(true);
        status.setId("export-status");
        status.textProperty().bind(javafx.beans.binding.Bindings.when(model.rangeOkProperty())
                .then(model.statusProperty()).otherwise(javafx.beans.binding.Bindings.createStringBinding(
                        model::rangeProblem, model.firstProperty(), model.lastProperty())));
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());
        return status;
    }

    private Window window() {
        return view.getScene() == null ? null : view.getScene().getWindow();
    }

    private void chooseAndSave() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t.get("record.chooserTitle"));
        chooser.setInitialFileName(model.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get("record.webPage"), "*.html"));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            model.save(file.toPath());
        }
    }

    private void print() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            model.noPrinter();
            return;
        }
        if (!job.showPrintDialog(window())) {
            job.cancelJob();
            model.printCancelled();
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        DoctorRecordModel.Printable record = model.printable();
        List<VBox> pages = RecordPages.layout(record.lines(), layout.getPrintableWidth(),
                layout.getPrintableHeight(), model::pageFoot);
        boolean ok = true;
        for (VBox page : pages) {
            ok = ok && job.printPage(layout, page);
        }
        ok = ok && job.endJob();
        model.printed(record, pages.size(), job.getPrinter().getName(), ok);
    }
}
