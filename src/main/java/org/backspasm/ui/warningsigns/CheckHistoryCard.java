package org.backspasm.ui.warningsigns;

import org.backspasm.ui.text.Texts;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.backspasm.core.journal.WarningSignCheckRecord;
import org.backspasm.core.warningsigns.CheckRecords;

/** Earlier checks, newest first (the last few), and "Print or save for my doctor" for the latest one. */
final class CheckHistoryCard extends VBox {
    static final int SHOWN = 8;

    private final WarningSignsModel model;
    private final ZoneId zone;
    private final VBox list = new VBox();
    private final Button print = new Button();
    private final Label status = new Label();
    private final Button open = new Button();

    private final Texts t;

    CheckHistoryCard(WarningSignsModel model, ZoneId zone, Runnable onPrint, Texts t) {
        this.t = t;
        print.setText(t.get("history.print"));
        open.setText(t.get("history.open"));
        this.model = model;
        this.zone = zone;
        getStyleClass().addAll("card", "check-history");
        setId("check-history");
        Label title = new Label(t.get("history.title"));
        title.getStyleClass().add("subtitle");
        Label lead = new Label(t.get("history.lead"));
        lead.setWrapText(true);
        lead.getStyleClass().add("muted");
        list.getStyleClass().add("history-list");
        list.setId("check-history-list");
        print.setId("print-report");
        print.setOnAction(e -> onPrint.run());
        open.setId("open-report");
        open.setVisible(false);
        open.setManaged(false);
        status.setWrapText(true);
        status.getStyleClass().add("muted");
        status.setId("report-status");
        FlowPane actions = new FlowPane(10, 8, print, status, open);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(title, lead, list, actions);
        model.history().addListener((ListChangeListener<WarningSignCheckRecord>) c -> refresh());
        refresh();
    }

    private void refresh() {
        list.getChildren().clear();
        if (model.history().isEmpty()) {
            Label none = new Label(t.get("history.none"));
            none.getStyleClass().add("muted");
            list.getChildren().add(none);
        }
        int n = 0;
        for (WarningSignCheckRecord r : model.history()) {
            if (n++ == SHOWN) {
                break;
            }
            String when = t.formats().weekdayDateTime(r.at().atZone(zone));
            String level = CheckRecords.resultName(r, t.locale());
            Label l = new Label(r.raisedByText().isEmpty() ? t.get("history.row", when, level)
                    : t.get("history.rowWithSigns", when, level, String.join("; ", r.raisedByText())));
            l.setWrapText(true);
            l.setMinHeight(USE_PREF_SIZE);
            l.getStyleClass().addAll("history-row", "level-" + (CheckRecords.isReadable(r)
                    ? CheckRecords.levelOf(r).name().toLowerCase(java.util.Locale.ROOT) : "unknown"));
            list.getChildren().add(l);
        }
        print.setDisable(model.history().isEmpty());
    }

    /** The result card has its own print button; this one is for when the questions are showing. */
    void setPrintShown(boolean shown) {
        print.setVisible(shown);
        print.setManaged(shown);
    }

    /** After a save: where the file is, and a button to open it. */
    void saved(String message, Runnable openAction) {
        status.setText(message);
        open.setOnAction(e -> openAction.run());
        open.setVisible(openAction != null);
        open.setManaged(openAction != null);
    }
}
