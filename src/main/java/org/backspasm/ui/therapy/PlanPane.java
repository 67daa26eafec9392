package org.backspasm.ui.therapy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.backspasm.core.episode.Episode;
import org.backspasm.core.therapy.Modality;
import org.backspasm.core.therapy.Mode;
import org.backspasm.core.therapy.TherapyAdvice;
import org.backspasm.core.therapy.TherapyPlan;
import org.backspasm.ui.source.SourceLines;

/** Choosing a session: ice, heat or alternating, minutes on, skin break, rounds, and Start. */
final class PlanPane extends VBox {
    private final TherapyModel model;
    private final ToggleGroup modes = new ToggleGroup();
    private final Spinner<Integer> apply = new Spinner<>(TherapyPlan.MIN_APPLY, TherapyPlan.MAX_APPLY, 20);
    private final Spinner<Integer> rest = new Spinner<>(TherapyPlan.MIN_BREAK, TherapyPlan.MAX_BREAK, 20, 5);
    private final ChoiceBox<Integer> rounds = new ChoiceBox<>();
    private final Label suggestion = new Label();
    private final VBox suggestionSources = new VBox();
    private final Label blocked = new Label();
    private final VBox blockedSources = new VBox();
    private final VBox alternating = new VBox();
    private final Label finished = new Label();
    private final Button start = new Button("Start");

    private final SourceLines sources;

    PlanPane(TherapyModel model, Consumer<TherapyPlan> onStart, SourceLines sources) {
        this.model = model;
        this.sources = sources;
        getStyleClass().addAll("card", "plan-card");
        setMaxWidth(820);
        Label title = new Label("Start ice or heat");
        title.getStyleClass().add("subtitle");
        suggestion.setWrapText(true);
        suggestion.setId("plan-suggestion");
        finished.setWrapText(true);
        finished.getStyleClass().add("episode-nudge");
        finished.setId("therapy-finished");
        finished.textProperty().bind(model.finishedProperty());
        finished.visibleProperty().bind(model.finishedProperty().isNotEmpty());
        finished.managedProperty().bind(finished.visibleProperty());

        FlowPane modeRow = new FlowPane(8, 8,
                mode("Ice", "mode-ice", Mode.ICE, false),
                mode("Heat", "mode-heat", Mode.HEAT, false),
                mode("Alternating, ice first", "mode-alt-ice", Mode.ALTERNATING, false),
                mode("Alternating, heat first", "mode-alt-heat", Mode.ALTERNATING, true));
        blocked.setWrapText(true);
        blocked.getStyleClass().add("error-text");
        blocked.setId("plan-blocked");
        Label alternatingText = new Label(TherapyAdvice.ALTERNATING.text());
        alternatingText.setWrapText(true);
        alternatingText.getStyleClass().addAll("muted", "small");
        alternating.getChildren().addAll(alternatingText, sources.line(TherapyAdvice.ALTERNATING.sources()));
        blockedSources.managedProperty().bind(blocked.managedProperty());
        blockedSources.visibleProperty().bind(blocked.visibleProperty());

        apply.setId("plan-apply-minutes");
        apply.setPrefWidth(90);
        apply.setAccessibleText("Minutes with the pack on, 10 to 20");
        rest.setId("plan-break-minutes");
        rest.setPrefWidth(90);
        rest.setAccessibleText("Minutes of skin break, at least 20");
        for (int i = 1; i <= TherapyPlan.MAX_ROUNDS; i++) {
            rounds.getItems().add(i);
        }
        rounds.getItems().add(TherapyPlan.UNTIL_STOPPED);
        rounds.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : n == TherapyPlan.UNTIL_STOPPED ? "until I stop" : n.toString();
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        rounds.setId("plan-rounds");
        rounds.setAccessibleText("Rounds");
        FlowPane numbers = new FlowPane(10, 8, new Label("Minutes on"), apply, new Label("Skin break"), rest,
                new Label("Rounds"), rounds);
        numbers.setAlignment(Pos.CENTER_LEFT);
        FlowPane numbersWrap = numbers; // one row when the card is wide enough, wrapped when it is not
        Label limits = new Label(TherapyAdvice.LIMITS.text());
        limits.setWrapText(true);
        limits.getStyleClass().add("muted");

        start.getStyleClass().addAll("primary", "big");
        start.setId("therapy-start");
        start.setOnAction(e -> onStart.accept(plan()));
        getChildren().addAll(title, finished, suggestion, suggestionSources, modeRow, blocked, blockedSources,
                alternating, numbersWrap, limits, sources.line(TherapyAdvice.LIMITS.sources()), start);

        modes.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null && a != null) {
                a.setSelected(true);
            }
            updateBlocked();
        });
        model.safetyProperty().addListener((o, a, s) -> updateBlocked());
        showPlan(model.suggestedPlan());
    }

    private ToggleButton mode(String text, String id, Mode m, boolean heatFirst) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setUserData(new Object[] {m, heatFirst});
        b.setToggleGroup(modes);
        b.getStyleClass().add("mode-button");
        return b;
    }

    private Mode selectedMode() {
        Object[] d = (Object[]) modes.getSelectedToggle().getUserData();
        return (Mode) d[0];
    }

    private boolean selectedHeatFirst() {
        Object[] d = (Object[]) modes.getSelectedToggle().getUserData();
        return (Boolean) d[1];
    }

    void showPlan(TherapyPlan p) {
        apply.getValueFactory().setValue(p.applyMinutes());
        rest.getValueFactory().setValue(p.breakMinutes());
        rounds.setValue(p.rounds());
        for (var t : modes.getToggles()) {
            Object[] d = (Object[]) t.getUserData();
            if (d[0] == p.mode() && (p.mode() != Mode.ALTERNATING || (Boolean) d[1] == p.heatFirst())) {
                t.setSelected(true);
            }
        }
        updateBlocked();
    }

    /** Shows the suggestion for the episode's phase. */
    void refresh(Episode e, java.time.Instant now) {
        suggestion.setText(e == null
                ? "Tip: tell the app when the spasm began (below) to see where you are in the first 72 hours."
                : TherapyAdvice.suggestion(e.phaseAt(now)));
        if (e == null) {
            suggestionSources.getChildren().clear();
        } else {
            suggestionSources.getChildren().setAll(sources.line(TherapyAdvice.suggestionSources(e.phaseAt(now))));
        }
    }

    TherapyPlan plan() {
        return new TherapyPlan(selectedMode(), selectedHeatFirst(), apply.getValue(), rest.getValue(),
                rounds.getValue());
    }

    private void updateBlocked() {
        if (modes.getSelectedToggle() == null) {
            return;
        }
        TherapyPlan p = plan();
        List<String> reasons = new ArrayList<>();
        List<String> reasonSources = new ArrayList<>();
        for (Modality m : Modality.values()) {
            if (model.blocked(m)) {
                TherapyAdvice.Advice why = model.blockedReason(m);
                reasons.add(why.text());
                reasonSources.addAll(why.sources());
            }
        }
        blockedSources.getChildren().setAll(sources.line(reasonSources));
        for (var t : modes.getToggles()) {
            Mode m = (Mode) ((Object[]) t.getUserData())[0];
            boolean off = (m != Mode.HEAT && model.blocked(Modality.ICE)) || (m != Mode.ICE && model.blocked(Modality.HEAT));
            ((ToggleButton) t).setDisable(off && !t.isSelected());
        }
        blocked.setText(String.join("\n", reasons));
        blocked.setVisible(!reasons.isEmpty());
        blocked.setManaged(!reasons.isEmpty());
        start.setDisable(java.util.Arrays.stream(Modality.values()).anyMatch(m -> p.uses(m) && model.blocked(m)));
        boolean alt = p.mode() == Mode.ALTERNATING;
        alternating.setVisible(alt);
        alternating.setManaged(alt);
        start.setText("Start " + switch (p.mode()) {
            case ICE -> "ice";
            case HEAT -> "heat";
            case ALTERNATING -> p.heatFirst() ? "with heat" : "with ice";
        });
    }

    Button startButton() {
        return start;
    }
}
