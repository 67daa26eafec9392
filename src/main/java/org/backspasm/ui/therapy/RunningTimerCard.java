package org.backspasm.ui.therapy;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.backspasm.ui.Navigator;
import org.backspasm.ui.ScreenId;

/**
 * On Today, while an ice or heat timer runs: what is on, the time left (or over), the round, and a way back to the
 * timer. Hidden when nothing runs. It only binds to the therapy model, which the heartbeat already refreshes.
 */
public final class RunningTimerCard extends VBox {

    public RunningTimerCard(TherapyModel model, Navigator nav) {
        getStyleClass().addAll("card", "running-timer-card");
        setId("today-running-timer");
        setMaxWidth(820);
        Label segment = new Label();
        segment.getStyleClass().add("subtitle");
        segment.textProperty().bind(model.segmentProperty());
        Label time = new Label();
        time.getStyleClass().add("running-timer-time");
        time.setId("today-timer-time");
        time.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.minutesOnlyProperty().get()
                ? model.texts().get("timer.minutes", model.countdownProperty().get()) : model.countdownProperty().get(),
                model.countdownProperty(), model.minutesOnlyProperty()));
        Label round = new Label();
        round.getStyleClass().add("muted");
        round.textProperty().bind(model.roundTextProperty());
        Label stage = new Label();
        stage.setWrapText(true);
        stage.textProperty().bind(model.stageTextProperty());
        Button open = new Button(model.texts().get("running.open", nav.shortcutText(ScreenId.THERAPY)));
        open.getStyleClass().add("primary");
        open.setOnAction(e -> nav.show(ScreenId.THERAPY));
        VBox words = new VBox(2, segment, round);
        HBox timeAndWords = new HBox(16, time, words);
        timeAndWords.setAlignment(Pos.CENTER_LEFT);
        org.backspasm.ui.layout.TrailingRow row = new org.backspasm.ui.layout.TrailingRow(16, timeAndWords, open);
        getChildren().addAll(row, stage);
        accessibleTextProperty().bind(model.accessibleTextProperty());
        visibleProperty().bind(model.runningProperty());
        managedProperty().bind(visibleProperty());
    }
}
