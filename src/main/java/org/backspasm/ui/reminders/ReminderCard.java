package org.backspasm.ui.reminders;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.backspasm.core.companion.Reminder;
import org.backspasm.core.companion.ReminderKind;
import org.backspasm.core.companion.ReminderSchedule;
import org.backspasm.core.companion.ReminderTexts;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.ui.text.Texts;

/**
 * One reminder: what it says, its sources, and its answers (done, start the routine, or a one-tap rating; then
 * in 10 minutes, in an hour, not today).
 */
final class ReminderCard extends VBox {
    private final ReminderModel model;
    private final SourceLines sources;
    private final Texts words;

    ReminderCard(ReminderModel model, SourceLines sources, Texts words) {
        this.model = model;
        this.sources = sources;
        this.words = words;
        getStyleClass().addAll("card", "reminder-card");
        setSpacing(8);
        setId("reminder-card");
    }

    /** Shows the reminder (or nothing). */
    void show(Reminder r) {
        getChildren().clear();
        ReminderTexts.Text t = model.currentText(words.locale());
        if (r == null || t == null) {
            return;
        }
        Label title = new Label(t.title());
        title.getStyleClass().add("subtitle");
        title.setWrapText(true);
        title.setId("reminder-title");
        Label body = new Label(t.body());
        body.setWrapText(true);
        body.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // every line shows, never "..."
        body.setId("reminder-body");
        getChildren().addAll(title, body, sources.line(t.sources()));
        if (r.kind() == ReminderKind.PAIN_RATING) {
            getChildren().add(ratingRow());
        }
        getChildren().add(answers(r.kind()));
        Label keys = new Label(words.get("window.keys"));
        keys.setWrapText(true);
        keys.getStyleClass().addAll("muted", "small");
        getChildren().add(keys);
    }

    private Node ratingRow() {
        FlowPane row = new FlowPane(4, 4);
        row.setAlignment(Pos.CENTER_LEFT);
        Label prompt = new Label(words.get("answer.ratePrompt"));
        row.getChildren().add(prompt);
        for (int i = 0; i <= 10; i++) {
            int score = i;
            Button b = new Button(words.formats().number(i, 0));
            b.setId("reminder-rate-" + i);
            b.setOnAction(e -> model.rate(score));
            row.getChildren().add(b);
        }
        return row;
    }

    private Node answers(ReminderKind kind) {
        FlowPane row = new FlowPane(8, 8);
        row.setAlignment(Pos.CENTER_LEFT);
        if (kind == ReminderKind.ROUTINE) {
            row.getChildren().add(button(words.get("answer.startRoutine"), "reminder-start", model::startRoutine, true));
        } else if (kind != ReminderKind.PAIN_RATING) {
            row.getChildren().add(button(words.get("answer.done"), "reminder-done", model::done, true));
        }
        row.getChildren().addAll(
                button(words.get("answer.snooze10"), "reminder-snooze-10",
                        () -> model.snooze(ReminderSchedule.Snooze.TEN_MINUTES), false),
                button(words.get("answer.snoozeHour"), "reminder-snooze-hour",
                        () -> model.snooze(ReminderSchedule.Snooze.ONE_HOUR), false),
                button(words.get("answer.notToday"), "reminder-not-today",
                        () -> model.snooze(ReminderSchedule.Snooze.REST_OF_TODAY), false));
        return row;
    }

    private static Button button(String text, String id, Runnable action, boolean main) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        if (main) {
            b.setDefaultButton(true);
        }
        return b;
    }
}
