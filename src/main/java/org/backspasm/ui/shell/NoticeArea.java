package org.backspasm.ui.shell;

import org.backspasm.ui.FxThread;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.backspasm.core.state.Notices;

/**
 * Messages about the user's data (a file kept aside, a half-written entry skipped, a save that failed), shown
 * above whichever screen is visible until the user dismisses them.
 */
public final class NoticeArea extends VBox {

    public NoticeArea(Notices notices) {
        getStyleClass().add("notice-area");
        setManaged(false);
        setVisible(false);
        notices.takeAll().forEach(this::add);
        notices.onReport(message -> FxThread.run(() -> notices.takeAll().forEach(this::add)));
    }

    /** Shows a message; also used by screens for their own plain-words notices. */
    public void add(String message) {
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE); // every line of it: it says where a damaged file was kept
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button dismiss = new Button("Dismiss");
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(text, dismiss);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("notice");
        dismiss.setOnAction(e -> {
            getChildren().remove(row);
            refresh();
        });
        getChildren().add(row);
        refresh();
    }

    public int count() {
        return getChildren().size();
    }

    private void refresh() {
        boolean any = !getChildren().isEmpty();
        setManaged(any);
        setVisible(any);
    }
}
