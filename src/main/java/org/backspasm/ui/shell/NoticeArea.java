package org.backspasm.ui.shell;

import org.backspasm.ui.FxThread;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.backspasm.core.state.Notice;
import org.backspasm.core.state.Notices;
import org.backspasm.ui.text.Lang;
import org.backspasm.ui.text.Texts;

/**
 * Messages about the user's data (a file kept aside, a half-written entry skipped, a save that failed), shown
 * above whichever screen is visible until the user dismisses them.
 */
public final class NoticeArea extends VBox {

    private final Lang lang;
    private final Texts t;

    public NoticeArea(Notices notices, Lang lang) {
        this.lang = lang;
        this.t = lang.texts("shell");
        getStyleClass().add("notice-area");
        setManaged(false);
        setVisible(false);
        notices.takeNotices().forEach(this::add);
        notices.onReport(message -> FxThread.run(() -> notices.takeNotices().forEach(this::add)));
    }

    /** Shows a message already in the user's language; screens use this for their own plain-words notices. */
    public void add(String message) {
        add(Notice.plain(message));
    }

    /** Shows a message in the user's language, and again in another when the user switches. */
    public void add(Notice notice) {
        Label text = new Label(notice.text(lang.locale()));
        javafx.beans.value.ChangeListener<java.util.Locale> relabel = (o, a, l) -> text.setText(notice.text(l));
        lang.localeProperty().addListener(relabel);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE); // every line of it: it says where a damaged file was kept
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button dismiss = new Button();
        dismiss.textProperty().bind(t.bind("notice.dismiss"));
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(text, dismiss);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("notice");
        dismiss.setOnAction(e -> {
            getChildren().remove(row);
            lang.localeProperty().removeListener(relabel);
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
