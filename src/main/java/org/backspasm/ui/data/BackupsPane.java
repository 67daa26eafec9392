package org.backspasm.ui.data;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;

/**
 * Settings → Your data: the backups kept in the data folder, newest first, and restoring one (checked whole first;
 * a backup that fails its check is refused in words), or making one now.
 */
public final class BackupsPane {
    /** The heading of the section. */
    public static final String TITLE = DataText.backupsSection();
    private final DataModel model;
    private final ListView<DataModel.BackupRow> list = new ListView<>();
    private final Button restore = new Button(DataText.restoreButton());
    private final Button now = new Button(DataText.backUpNowButton());
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label status = new Label();

    public BackupsPane(DataModel model) {
        this.model = model;
        list.setId("backup-list");
        list.getStyleClass().add("backup-list");
        list.setItems(model.backups());
        list.setCellFactory(v -> new WrapCell<>(DataModel.BackupRow::toString));
        list.setPlaceholder(ImportPreviewCard.text(DataText.noBackups(), "muted"));
        list.getStylesheets().add(org.backspasm.ui.theme.ThemeManager.stylesheet(BackupsPane.class, "data.css"));
        restore.setId("restore-backup");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(model.busyProperty()));
        restore.setOnAction(e -> model.chooseBackup(list.getSelectionModel().getSelectedIndex()));
        now.setId("back-up-now");
        now.disableProperty().bind(model.busyProperty());
        now.setOnAction(e -> model.backUpNow());
        progress.setMaxSize(22, 22);
        progress.visibleProperty().bind(model.busyProperty());
        status.setId("backup-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        model.refreshBackups();
    }

    /** The nodes of the section, in order. */
    public Node[] nodes() {
        HBox buttons = new HBox(8, restore, now, progress);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label help = ImportPreviewCard.text(DataText.backupsHelp(model.backupFolder()), "muted");
        help.getStyleClass().add("small");
        return new Node[] {ImportPreviewCard.text(DataText.backupsTitle(), "muted"), list, buttons, status, help};
    }
}
