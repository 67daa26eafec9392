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
    private final DataText words;
    private final Button export = new Button();
    private final ContextMenu exportMenu = new ContextMenu();
    private final Button open = new Button();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label status = new Label();

    public DataButtons(DataModel model, FilePicker picker) {
        this.model = model;
        this.picker = picker;
        this.words = model.words();
        export.setText(words.get("button.export"));
        open.setText(words.get("button.import"));
        MenuItem csv = new MenuItem(words.get("menu.exportCsv"));
        csv.setId("export-csv");
        csv.setOnAction(e -> pickCsv());
        MenuItem backup = new MenuItem(words.get("menu.exportBackup"));
        backup.setId("export-backup");
        backup.setOnAction(e -> pickBackup());
        exportMenu.getItems().setAll(csv, backup);
        export.setId("export-menu");
        export.setOnAction(e -> exportMenu.show(export, Side.BOTTOM, 0, 2));
        export.setTooltip(new Tooltip(words.get("tip.export")));
        open.setId("import-file");
        open.setTooltip(new Tooltip(words.get("tip.import")));
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
        picker.pick(export.getScene().getWindow(), true, words.get("dialog.exportCsv"), model.suggestedCsvName(),
                new String[] {words.get("filter.csv"), "*.csv"}).ifPresent(model::exportCsv);
    }

    private void pickBackup() {
        picker.pick(export.getScene().getWindow(), true, words.get("dialog.exportBackup"),
                model.suggestedBackupName(), new String[] {words.get("filter.backup"), "*.zip"})
                .ifPresent(model::saveBackup);
    }

    private void pickImport() {
        picker.pick(open.getScene().getWindow(), false, words.get("dialog.import"), null,
                new String[] {words.get("filter.import"), "*.csv", "*.txt", "*.zip"},
                new String[] {words.get("filter.all"), "*.*"}).ifPresent(model::open);
    }
}
