package org.backspasm.ui.data;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;

/**
 * The journal's "Export…" (the journal as CSV, or a full backup file) and "Import…" (pain ratings from a CSV, or a
 * backup file to restore), with a progress indicator while a file is read or written, and a status line.
 */
public final class DataButtons {
    private final DataModel model;
    private final FilePicker picker;
    private final Button export = new Button(DataText.exportButton());
    private final ContextMenu exportMenu = new ContextMenu();
    private final Button open = new Button(DataText.importButton());
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label status = new Label();

    public DataButtons(DataModel model, FilePicker picker) {
        this.model = model;
        this.picker = picker;
        MenuItem csv = new MenuItem(DataText.exportCsvItem());
        csv.setId("export-csv");
        csv.setOnAction(e -> pickCsv());
        MenuItem backup = new MenuItem(DataText.exportBackupItem());
        backup.setId("export-backup");
        backup.setOnAction(e -> pickBackup());
        exportMenu.getItems().setAll(csv, backup);
        export.setId("export-menu");
        export.setOnAction(e -> exportMenu.show(export, Side.BOTTOM, 0, 2));
        export.setTooltip(new Tooltip(DataText.exportTip()));
        open.setId("import-file");
        open.setTooltip(new Tooltip(DataText.importTip()));
        open.setOnAction(e -> pickImport());
        progress.setId("data-progress");
        progress.setMaxSize(22, 22);
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(model.busyProperty());
        export.disableProperty().bind(model.busyProperty());
        open.disableProperty().bind(model.busyProperty());
        status.setId("data-status");
        status.getStyleClass().add("muted");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
    }

    /** The progress indicator, Export… and Import…, for a title row. */
    public List<Node> buttons() {
        return List.of(progress, export, open);
    }

    /** What the last export or import did, in words (empty until then). */
    public Node status() {
        return status;
    }

    private void pickCsv() {
        picker.pick(export.getScene().getWindow(), true, DataText.exportCsvTitle(), model.suggestedName("csv"),
                new String[] {DataText.csvFiles(), "*.csv"}).ifPresent(model::exportCsv);
    }

    private void pickBackup() {
        picker.pick(export.getScene().getWindow(), true, DataText.exportBackupTitle(),
                model.suggestedName("backup.zip"), new String[] {DataText.backupFiles(), "*.zip"})
                .ifPresent(model::saveBackup);
    }

    private void pickImport() {
        picker.pick(open.getScene().getWindow(), false, DataText.importTitle(), null,
                new String[] {DataText.importFiles(), "*.csv", "*.txt", "*.zip"},
                new String[] {DataText.allFiles(), "*.*"}).ifPresent(model::open);
    }
}
