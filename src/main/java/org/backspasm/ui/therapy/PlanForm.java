package org.backspasm.ui.therapy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.backspasm.core.episode.Episode;
import org.backspasm.core.therapy.Modality;
import org.backspasm.core.therapy.Mode;
import org.backspasm.core.therapy.TherapyAdvice;
import org.backspasm.core.therapy.TherapyPlan;

/**
 * The plan being edited on Ice &amp; Heat, as properties the plan card's controls bind to both ways: the choice of
 * mode, minutes on, skin break and rounds. What the card shows follows from them: the plan, which choices are off
 * today and why, whether Start can be pressed and what it says. It offers the suggested plan by itself when the
 * timer stops and when the episode changes; {@link #offer()} offers it again (the screen is shown, a modality was
 * switched off by an answer).
 */
public final class PlanForm {

    /** The four ways to start, as the card offers them. */
    public enum Choice {
        ICE(Mode.ICE, false), HEAT(Mode.HEAT, false),
        ALTERNATING_ICE_FIRST(Mode.ALTERNATING, false), ALTERNATING_HEAT_FIRST(Mode.ALTERNATING, true);

        private final Mode mode;
        private final boolean heatFirst;

        Choice(Mode mode, boolean heatFirst) {
            this.mode = mode;
            this.heatFirst = heatFirst;
        }

        public Mode mode() {
            return mode;
        }

        public boolean heatFirst() {
            return heatFirst;
        }

        /** The choice a plan was made with (heat-first only counts for alternating). */
        public static Choice of(TherapyPlan p) {
            return switch (p.mode()) {
                case ICE -> ICE;
                case HEAT -> HEAT;
                case ALTERNATING -> p.heatFirst() ? ALTERNATING_HEAT_FIRST : ALTERNATING_ICE_FIRST;
            };
        }

        /** Whether this choice uses the modality at some point. */
        boolean uses(Modality m) {
            return mode == Mode.ALTERNATING || (m == Modality.ICE) == (mode == Mode.ICE);
        }
    }

    private final TherapyModel model;
    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(this, "choice", Choice.ICE);
    private final ObjectProperty<Integer> applyMinutes = new SimpleObjectProperty<>(this, "applyMinutes", 20);
    private final ObjectProperty<Integer> breakMinutes = new SimpleObjectProperty<>(this, "breakMinutes", 20);
    private final ObjectProperty<Integer> rounds = new SimpleObjectProperty<>(this, "rounds", 2);
    private final ReadOnlyObjectWrapper<Set<Modality>> off = new ReadOnlyObjectWrapper<>(EnumSet.noneOf(Modality.class));
    private final ReadOnlyStringWrapper blockedText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<String>> blockedSources = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper suggestion = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<String>> suggestionSources = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectBinding<TherapyPlan> plan;
    private final BooleanBinding startDisabled;
    private final StringBinding startText;
    private final BooleanBinding alternating;

    public PlanForm(TherapyModel model) {
        this.model = model;
        plan = Bindings.createObjectBinding(() -> new TherapyPlan(choice.get().mode(), choice.get().heatFirst(),
                applyMinutes.get(), breakMinutes.get(), rounds.get()), choice, applyMinutes, breakMinutes, rounds);
        startDisabled = Bindings.createBooleanBinding(
                () -> off.get().stream().anyMatch(choice.get()::uses), choice, off);
        startText = Bindings.createStringBinding(() -> switch (choice.get()) {
            case ICE -> model.texts().get("plan.start.ice");
            case HEAT -> model.texts().get("plan.start.heat");
            case ALTERNATING_ICE_FIRST -> model.texts().get("plan.start.altIce");
            case ALTERNATING_HEAT_FIRST -> model.texts().get("plan.start.altHeat");
        }, choice, model.texts().lang().localeProperty());
        alternating = Bindings.createBooleanBinding(() -> choice.get().mode() == Mode.ALTERNATING, choice);
        model.safetyProperty().addListener((o, a, s) -> recheck());
        model.runningProperty().addListener((o, was, running) -> {
            if (!running) {
                offer();
            }
        });
        model.episode().currentProperty().addListener((o, a, e) -> offer());
        model.texts().lang().localeProperty().addListener((o, a, l) -> {
            sayPhase();
            recheck();
        });
        offer();
    }

    /**
     * Offers the suggested plan (the minutes and rounds used last time, the mode the episode's phase suggests, never
     * a modality switched off) with the phase's suggestion, and looks again at what is off today.
     */
    public void offer() {
        sayPhase();
        TherapyPlan p = model.suggestedPlan();
        choice.set(Choice.of(p));
        applyMinutes.set(p.applyMinutes());
        breakMinutes.set(p.breakMinutes());
        rounds.set(p.rounds());
        recheck();
    }

    /** The phase's suggestion, or the tip to tell the onset. */
    private void sayPhase() {
        Episode e = model.episode().current();
        var phase = e == null ? null : e.phaseAt(model.episode().clock().instant());
        suggestion.set(phase == null ? model.texts().get("plan.tip")
                : TherapyAdvice.suggestion(phase, model.texts().locale()));
        suggestionSources.set(phase == null ? List.of() : TherapyAdvice.suggestionSources(phase));
    }

    /** What is switched off today, and why (a caution, or heat by today's drowsiness answer). */
    private void recheck() {
        Set<Modality> nowOff = EnumSet.noneOf(Modality.class);
        List<String> reasons = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Modality m : Modality.values()) {
            if (model.blocked(m)) {
                nowOff.add(m);
                TherapyAdvice.Advice why = model.blockedReason(m);
                reasons.add(why.text(model.texts().locale()));
                sources.addAll(why.sources());
            }
        }
        blockedText.set(String.join("\n", reasons));
        blockedSources.set(List.copyOf(sources));
        off.set(nowOff);
    }

    /** The plan as it stands. */
    public TherapyPlan plan() {
        return plan.get();
    }

    /** Whether a choice uses a modality that is off today (the card still shows the one selected). */
    public BooleanBinding unavailable(Choice c) {
        return Bindings.createBooleanBinding(() -> off.get().stream().anyMatch(c::uses), off);
    }

    public ObjectProperty<Choice> choiceProperty() { return choice; }
    public ObjectProperty<Integer> applyMinutesProperty() { return applyMinutes; }
    public ObjectProperty<Integer> breakMinutesProperty() { return breakMinutes; }
    public ObjectProperty<Integer> roundsProperty() { return rounds; }
    public ObjectBinding<TherapyPlan> planProperty() { return plan; }
    public ReadOnlyObjectProperty<Set<Modality>> offProperty() { return off.getReadOnlyProperty(); }
    public ReadOnlyStringProperty blockedTextProperty() { return blockedText.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<List<String>> blockedSourcesProperty() { return blockedSources.getReadOnlyProperty(); }
    public ReadOnlyStringProperty suggestionProperty() { return suggestion.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<List<String>> suggestionSourcesProperty() { return suggestionSources.getReadOnlyProperty(); }
    public BooleanBinding startDisabledProperty() { return startDisabled; }
    public StringBinding startTextProperty() { return startText; }
    public BooleanBinding alternatingProperty() { return alternating; }
}
