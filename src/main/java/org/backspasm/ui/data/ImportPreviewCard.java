package org.backspasm.ui.data;

import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.backspasm.ui.layout.TrailingRow;

/**
 * The preview of an import: how the file was read, how many rows it adds and skips, and every row with its line
 * number (the rows it skips marked, with the reason). Adds nothing until "Add" is pressed; Esc or Cancel leaves.
 */
final class ImportPreviewCard extends VBox {
    private static final PseudoClass SKIP = PseudoClass.getPseudoClass("skip");

    ImportPreviewCard(Pending.Ratings p, Runnable confirm, Runnable cancel, DataText words) {
        getStyleClass().add("dialog-card");
        setId("import-preview");
        getStylesheets().add(org.backspasm.ui.theme.ThemeManager.stylesheet(ImportPreviewCard.class, "data.css"));
        setMaxWidth(720);
        setMaxHeight(USE_PREF_SIZE);
        Label title = new Label(words.get("import.title", p.file()));
        title.getStyleClass().add("title");
        title.setWrapText(true);
        getChildren().add(title);
        Button cancelButton = new Button(p.problem() == null ? words.get("button.cancel") : words.get("button.close"));
        cancelButton.setCancelButton(true);
        cancelButton.setId("import-cancel");
        cancelButton.setOnAction(e -> cancel.run());
        if (p.problem() != null) {
            getChildren().add(text(p.problem(), "lead"));
            getChildren().add(new TrailingRow(8, new Label(), cancelButton));
            focus(cancelButton);
            return;
        }
        Label reading = text(p.reading(), "muted");
        Label counts = text(words.importCounts(p.adding(), p.skipping()), "lead");
        counts.setId("import-counts");
        ListView<Pending.Row> rows = new ListView<>();
        rows.getStyleClass().add("preview-list");
        rows.setId("import-rows");
        rows.getItems().setAll(p.rows());
        rows.setCellFactory(v -> new RowCell(words));
        Button add = new Button(words.addButton(p.adding()));
        add.getStyleClass().add("primary");
        add.setDefaultButton(true);
        add.setDisable(p.adding() == 0);
        add.setId("import-confirm");
        add.setOnAction(e -> confirm.run());
        javafx.scene.layout.HBox buttons = new javafx.scene.layout.HBox(8, add, cancelButton);
        getChildren().addAll(reading, counts, rows, buttons);
        focus(p.adding() == 0 ? cancelButton : add);
    }

    private void focus(Button b) {
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                Platform.runLater(b::requestFocus);
            }
        });
    }

    static Label text(String s, String style) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }

    private static final class RowCell extends WrapCell<Pending.Row> {
        RowCell(DataText words) {
            super(row -> words.previewRow(row.line(), row.text()));
        }

        @Override
        protected void updateItem(Pending.Row row, boolean empty) {
            super.updateItem(row, empty);
            pseudoClassStateChanged(SKIP, !empty && row != null && !row.adds());
        }
    }
}
