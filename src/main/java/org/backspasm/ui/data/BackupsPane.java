package org.backspasm.ui.data;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import org.backspasm.ui.layout.WrapRow;

/**
 * Settings → Your data: the backups kept in the data folder, newest first, and restoring one (checked whole first;
 * a backup that fails its check is refused in words), or making one now.
 */
public final class BackupsPane {
    private final DataModel model;
    private final DataText words;
    private final ListView<DataModel.BackupRow> list = new ListView<>();
    private final Button restore = new Button();
    private final Button now = new Button();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label status = new Label();

    public BackupsPane(DataModel model) {
        this.model = model;
        this.words = model.words();
        restore.setText(words.get("button.restore"));
        now.setText(words.get("button.backUpNow"));
        list.setId("backup-list");
        list.getStyleClass().add("backup-list");
        list.setItems(model.backups());
        list.setCellFactory(v -> new WrapCell<>(DataModel.BackupRow::toString));
        list.setPlaceholder(ImportPreviewCard.text(words.get("backups.none"), "muted"));
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

    /** The heading of the section, in the window's language now. */
    public static String title(DataModel model) {
        return model.words().get("backups.section");
    }

    /** The nodes of the section, in order. */
    public Node[] nodes() {
        WrapRow buttons = new WrapRow(8, 8, restore, now, progress);
        Label help = ImportPreviewCard.text(words.backupsHelp(model.backupFolder()), "muted");
        help.getStyleClass().add("small");
        return new Node[] {ImportPreviewCard.text(words.get("backups.title"), "muted"), list, buttons, status, help};
    }
}
