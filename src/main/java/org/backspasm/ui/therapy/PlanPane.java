package org.backspasm.ui.therapy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.backspasm.core.therapy.TherapyAdvice;
import org.backspasm.core.therapy.TherapyPlan;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.ui.therapy.PlanForm.Choice;

/**
 * Choosing a session: ice, heat or alternating, minutes on, skin break, rounds, and Start. Holds nothing of its own:
 * every control is bound both ways to the {@link PlanForm}, and what it shows follows the form.
 */
final class PlanPane extends VBox {
    private final PlanForm form;
    private final SourceLines sources;
    private final ToggleGroup modes = new ToggleGroup();
    private final Map<Choice, ToggleButton> choices = new EnumMap<>(Choice.class);
    private final Spinner<Integer> apply = new Spinner<>(
            new IntegerSpinnerValueFactory(TherapyPlan.MIN_APPLY, TherapyPlan.MAX_APPLY));
    private final Spinner<Integer> rest = new Spinner<>(
            new IntegerSpinnerValueFactory(TherapyPlan.MIN_BREAK, TherapyPlan.MAX_BREAK, TherapyPlan.MIN_BREAK, 5));
    private final ChoiceBox<Integer> rounds = new ChoiceBox<>();
    private final Label suggestion = new Label();
    private final VBox suggestionSources = new VBox();
    private final Label blocked = new Label();
    private final VBox blockedSources = new VBox();
    private final VBox alternating = new VBox();
    private final Label finished = new Label();
    private final Button start = new Button();

    PlanPane(PlanForm form, TherapyModel model, Consumer<TherapyPlan> onStart, SourceLines sources) {
        this.form = form;
        this.sources = sources;
        org.backspasm.ui.text.Texts t = model.texts();
        getStyleClass().addAll("card", "plan-card");
        setMaxWidth(820);
        Label title = new Label(t.get("plan.title"));
        title.getStyleClass().add("subtitle");
        suggestion.setWrapText(true);
        suggestion.setId("plan-suggestion");
        finished.setWrapText(true);
        finished.getStyleClass().add("episode-nudge");
        finished.setId("therapy-finished");
        finished.textProperty().bind(model.finishedProperty());
        shownWhen(finished, model.finishedProperty().isNotEmpty());

        FlowPane modeRow = new FlowPane(8, 8,
                mode(t.get("plan.mode.ice"), "mode-ice", Choice.ICE),
                mode(t.get("plan.mode.heat"), "mode-heat", Choice.HEAT),
                mode(t.get("plan.mode.altIce"), "mode-alt-ice", Choice.ALTERNATING_ICE_FIRST),
                mode(t.get("plan.mode.altHeat"), "mode-alt-heat", Choice.ALTERNATING_HEAT_FIRST));
        blocked.setWrapText(true);
        blocked.getStyleClass().add("error-text");
        blocked.setId("plan-blocked");
        Label alternatingText = new Label(TherapyAdvice.ALTERNATING.text(t.locale()));
        alternatingText.setWrapText(true);
        alternatingText.getStyleClass().addAll("muted", "small");
        alternating.getChildren().addAll(alternatingText, sources.line(TherapyAdvice.ALTERNATING.sources()));

        apply.setId("plan-apply-minutes");
        apply.setPrefWidth(90);
        apply.setAccessibleText(t.get("plan.apply.accessible"));
        rest.setId("plan-break-minutes");
        rest.setPrefWidth(90);
        rest.setAccessibleText(t.get("plan.rest.accessible"));
        for (int i = 1; i <= TherapyPlan.MAX_ROUNDS; i++) {
            rounds.getItems().add(i);
        }
        rounds.getItems().add(TherapyPlan.UNTIL_STOPPED);
        rounds.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : n == TherapyPlan.UNTIL_STOPPED ? t.get("plan.rounds.untilStopped")
                        : t.formats().number(n, 0);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        rounds.setId("plan-rounds");
        rounds.setAccessibleText(t.get("plan.rounds.accessible"));
        // one row when the card is wide enough, wrapped when it is not
        FlowPane numbers = new FlowPane(10, 8, new Label(t.get("plan.minutesOn")), apply,
                new Label(t.get("plan.skinBreak")), rest, new Label(t.get("plan.rounds")), rounds);
        numbers.setAlignment(Pos.CENTER_LEFT);
        Label limits = new Label(TherapyAdvice.LIMITS.text(t.locale()));
        limits.setWrapText(true);
        limits.getStyleClass().add("muted");

        start.getStyleClass().addAll("primary", "big");
        start.setId("therapy-start");
        start.setOnAction(e -> onStart.accept(form.plan()));
        getChildren().addAll(title, finished, suggestion, suggestionSources, modeRow, blocked, blockedSources,
                alternating, numbers, limits, sources.line(TherapyAdvice.LIMITS.sources()), start);
        bind();
    }

    private ToggleButton mode(String text, String id, Choice c) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setToggleGroup(modes);
        b.getStyleClass().add("mode-button");
        b.disableProperty().bind(form.unavailable(c).and(b.selectedProperty().not()));
        choices.put(c, b);
        return b;
    }

    /** Every control both ways to the form; every other node follows it. */
    private void bind() {
        apply.getValueFactory().valueProperty().bindBidirectional(form.applyMinutesProperty());
        rest.getValueFactory().valueProperty().bindBidirectional(form.breakMinutesProperty());
        rounds.valueProperty().bindBidirectional(form.roundsProperty());
        choices.get(form.choiceProperty().get()).setSelected(true);
        form.choiceProperty().addListener((o, a, c) -> choices.get(c).setSelected(true));
        modes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one mode is always chosen
                return;
            }
            choices.forEach((c, b) -> {
                if (b == now) {
                    form.choiceProperty().set(c);
                }
            });
        });

        suggestion.textProperty().bind(form.suggestionProperty());
        showSources(suggestionSources, form.suggestionSourcesProperty().get());
        form.suggestionSourcesProperty().addListener((o, a, ids) -> showSources(suggestionSources, ids));
        blocked.textProperty().bind(form.blockedTextProperty());
        shownWhen(blocked, form.blockedTextProperty().isNotEmpty());
        shownWhen(blockedSources, form.blockedTextProperty().isNotEmpty());
        showSources(blockedSources, form.blockedSourcesProperty().get());
        form.blockedSourcesProperty().addListener((o, a, ids) -> showSources(blockedSources, ids));
        shownWhen(alternating, form.alternatingProperty());
        start.textProperty().bind(form.startTextProperty());
        start.disableProperty().bind(form.startDisabledProperty());
    }

    private void showSources(VBox box, List<String> ids) {
        if (ids.isEmpty()) {
            box.getChildren().clear();
        } else {
            box.getChildren().setAll(sources.line(ids));
        }
    }

    private static void shownWhen(Node n, ObservableBooleanValue shown) {
        n.visibleProperty().bind(shown);
        n.managedProperty().bind(n.visibleProperty());
    }

    Button startButton() {
        return start;
    }
}
