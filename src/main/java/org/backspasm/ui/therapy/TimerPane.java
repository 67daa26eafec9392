package org.backspasm.ui.therapy;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.geometry.Insets;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.backspasm.core.therapy.RunStatus;
import org.backspasm.core.therapy.SegmentKind;
import org.backspasm.core.therapy.SegmentStage;
import org.backspasm.core.therapy.TherapyAdvice;
import org.backspasm.core.therapy.TherapySession;
import org.backspasm.ui.source.SourceLines;

/** A running session: the ring, the segment, round x of y, what to do now, what comes next, and the controls. */
final class TimerPane extends BorderPane {
    private static final double INFO_MIN = 280;
    private final TherapyModel model;
    private final CountdownRing ring = new CountdownRing(2.15, 18);
    private final Label segment = new Label();
    private final Label round = new Label();
    private final Label stage = new Label();
    private final Label next = new Label();
    private final Label howTo = new Label();
    private final VBox howToSources = new VBox();
    private final org.backspasm.ui.text.Texts t;
    private final SourceLines sources;
    private final Button pause = new Button();
    private final Button step = new Button();
    private final Button stop = new Button();

    TimerPane(TherapyModel model, Runnable onNext, Runnable onStop, SourceLines sources) {
        this.model = model;
        this.sources = sources;
        this.t = model.texts();
        stop.setText(t.get("button.stop"));
        getStyleClass().addAll("card", "timer-card");
        setMaxWidth(980);
        segment.getStyleClass().add("timer-segment");
        segment.setId("timer-segment");
        round.getStyleClass().add("lead");
        round.setId("timer-round");
        stage.setWrapText(true);
        stage.getStyleClass().add("timer-stage");
        stage.setId("timer-stage");
        next.getStyleClass().add("muted");
        next.setId("timer-next");
        next.setWrapText(true);
        // the info column is as tall as the ring: without this, the VBox squeezes a wrapped line and cuts it with
        // "…" (the overdue line "Take the ice off now. It has been on for 21 minutes, …" at 1100×740)
        for (Label l : new Label[] {segment, round, stage, next}) {
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        howTo.setWrapText(true);
        howTo.setId("timer-how-to");
        howTo.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox howBox = new VBox(4, howTo, howToSources);
        howBox.getStyleClass().add("how-to");
        pause.setId("timer-pause");
        step.setId("timer-step");
        stop.setId("timer-stop");
        pause.setOnAction(e -> model.togglePause());
        step.setOnAction(e -> onNext.run());
        stop.setOnAction(e -> onStop.run());
        FlowPane controls = new FlowPane(10, 10, step, pause, stop);
        VBox info = new VBox(8, segment, round, stage, next, howBox, controls);
        info.setMinWidth(0);
        setCenter(info);
        BorderPane.setMargin(info, new Insets(0, 0, 0, 28));
        setLeft(ring);
        BorderPane.setAlignment(ring, Pos.CENTER);
        widthProperty().addListener((o, a, w) -> arrange(w.doubleValue()));
        ring.accessibleTextProperty().bind(model.accessibleTextProperty());
        model.statusProperty().addListener((o, a, s) -> show(s));
        // the countdown changes alone when the display switches between seconds and minutes
        model.countdownProperty().addListener((o, a, c) -> ring.show(model.statusProperty().get(), c,
                model.minutesOnlyProperty().get(), t));
        show(model.statusProperty().get());
    }

    private void show(RunStatus s) {
        ring.show(s, model.countdownProperty().get(), model.minutesOnlyProperty().get(), t);
        if (s == null) {
            return;
        }
        segment.setText(model.segmentProperty().get());
        segment.pseudoClassStateChanged(CountdownRing.ICE, s.kind() == SegmentKind.APPLY_ICE);
        segment.pseudoClassStateChanged(CountdownRing.HEAT, s.kind() == SegmentKind.APPLY_HEAT);
        segment.pseudoClassStateChanged(CountdownRing.BREAK, s.kind() == SegmentKind.SKIN_BREAK);
        round.setText(model.roundTextProperty().get());
        stage.setText(model.stageTextProperty().get());
        setStyleClass(stage, "timer-alarm", s.stage() == SegmentStage.PACK_OFF_DUE);
        next.setText(model.nextTextProperty().get());
        TherapyAdvice.Advice advice = s.kind().isApply() ? TherapyAdvice.howTo(s.kind().modality()) : TherapyAdvice.SKIN_CHECK;
        String said = advice.text(t.locale());
        howTo.setText(s.kind().isApply() ? t.get("timer.howTo", said) : t.get("timer.whenBreakEnds",
                said.substring(0, 1).toLowerCase(t.locale()) + said.substring(1)));
        howToSources.getChildren().setAll(sources.line(advice.sources()));
        boolean canPause = !s.kind().isApply() && (s.stage() == SegmentStage.COUNTING || s.stage() == SegmentStage.PAUSED);
        pause.setVisible(canPause); // a pack is never paused: it comes off
        pause.setManaged(canPause);
        pause.setText(s.stage() == SegmentStage.PAUSED ? t.get("button.resume") : t.get("button.pause"));
        TherapySession.NextAction action = model.nextAction().orElse(null);
        setStyleClass(step, "primary",
                action == TherapySession.NextAction.PACK_OFF || action == TherapySession.NextAction.START_NEXT
                        || action == TherapySession.NextAction.SKIN_CHECK);
        if (action != null) {
            boolean ice = s.kind() == SegmentKind.APPLY_ICE;
            step.setText(switch (action) {
                case SKIP_PACK -> t.get("button.skipPack");
                case PACK_OFF -> ice ? t.get("button.packOff.ice") : t.get("button.packOff.heat");
                case END_BREAK_EARLY -> t.get("button.endBreakEarly");
                case START_NEXT -> s.next() == SegmentKind.APPLY_ICE ? t.get("button.startNext.ice")
                        : t.get("button.startNext.heat");
                case SKIN_CHECK -> t.get("button.skinCheck");
            });
        }
    }

    /** Ring beside the text when there is room, above it in a narrow window or with large text. */
    private void arrange(double width) {
        boolean narrow = width < ring.getMinWidth() + 28 + INFO_MIN;
        if (narrow && getTop() != ring) {
            setLeft(null);
            setTop(ring);
            BorderPane.setMargin(getCenter(), new Insets(16, 0, 0, 0));
        } else if (!narrow && getLeft() != ring) {
            setTop(null);
            setLeft(ring);
            BorderPane.setMargin(getCenter(), new Insets(0, 0, 0, 28));
        }
        BorderPane.setAlignment(ring, Pos.CENTER);
    }

    /** Adds or removes a style class only when it changes (a change costs a CSS pass, and this runs every second). */
    private static void setStyleClass(javafx.scene.Node n, String styleClass, boolean on) {
        if (on && !n.getStyleClass().contains(styleClass)) {
            n.getStyleClass().add(styleClass);
        } else if (!on) {
            n.getStyleClass().remove(styleClass);
        }
    }

    CountdownRing ring() {
        return ring;
    }

    Button primaryButton() {
        return step.getStyleClass().contains("primary") || !pause.isVisible() ? step : pause;
    }
}
