package org.backspasm.ui.therapy;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.backspasm.core.therapy.Modality;
import org.backspasm.core.therapy.Mode;
import org.backspasm.core.therapy.TherapyPlan;
import org.backspasm.core.therapy.TherapySession;
import org.backspasm.ui.therapy.TherapyQuestion.Kind;

/**
 * The questions Ice &amp; Heat asks before it acts, as a small state machine: before a start, the safety question of
 * each modality not yet answered this episode, then (for heat) the drowsiness question, then, after a yes to it,
 * heat is off today with ice offered instead; before the next step, the skin check after every 3 rounds or the
 * confirmation to end a skin break early; before a stop, the confirmation. {@link #pendingProperty()} is the
 * question waiting for an answer (null when none); the view shows it and hands the answer back. An answer acts
 * first and puts the question away after, so the view, when the question goes, sees where things stand.
 */
public final class TherapyQuestions {
    private final TherapyModel model;
    private final Runnable offerAgain;
    private final ReadOnlyObjectWrapper<TherapyQuestion> pending = new ReadOnlyObjectWrapper<>();
    private final Deque<Modality> safetyLeft = new ArrayDeque<>();
    private TherapyPlan plan;

    /** @param offerAgain called when a modality was switched off, so the plan on offer changes */
    public TherapyQuestions(TherapyModel model, Runnable offerAgain) {
        this.model = model;
        this.offerAgain = offerAgain;
    }

    public ReadOnlyObjectProperty<TherapyQuestion> pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public TherapyQuestion pending() {
        return pending.get();
    }

    /** Start: asks what must be asked first, or starts the plan. */
    public void requestStart(TherapyPlan p) {
        clear();
        plan = p;
        safetyLeft.addAll(model.safetyChecksFor(p));
        askNextOrStart();
    }

    /** The next step (N): asks first when the step needs a skin check. */
    public void requestNext() {
        TherapySession.NextAction action = model.nextAction().orElse(null);
        if (action == TherapySession.NextAction.SKIN_CHECK) {
            pending.set(new TherapyQuestion(Kind.SKIN_CHECK, null, model.statusProperty().get().round(), false));
        } else if (action == TherapySession.NextAction.END_BREAK_EARLY) {
            pending.set(TherapyQuestion.of(Kind.END_BREAK));
        } else {
            model.next(false);
        }
    }

    /** Stop (Esc while a timer runs): asks first. */
    public void requestStop() {
        pending.set(TherapyQuestion.of(Kind.STOP));
    }

    /** The user's answer to the pending question: true for its first (confirming) answer. */
    public void answer(boolean yes) {
        TherapyQuestion q = pending.get();
        if (q == null) {
            return;
        }
        switch (q.kind()) {
            case SAFETY -> {
                model.answerSafety(q.modality(), yes);
                if (yes) {
                    clear();
                    offerAgain.run(); // offers the other one, if it is not switched off too
                } else {
                    safetyLeft.poll();
                    askNextOrStart();
                }
            }
            case DROWSY -> {
                if (yes) {
                    model.setHeatOffToday(true);
                    pending.set(new TherapyQuestion(Kind.HEAT_OFF, null, 0, !model.blocked(Modality.ICE)));
                } else {
                    startNow();
                }
            }
            case HEAT_OFF -> {
                if (yes && q.iceOffered()) {
                    requestStart(plan.withMode(Mode.ICE, false));
                } else {
                    clear();
                    offerAgain.run();
                }
            }
            case SKIN_CHECK -> {
                if (yes) {
                    model.next(true);
                } else {
                    model.stop();
                }
                clear();
            }
            case END_BREAK -> {
                if (yes) {
                    model.next(true);
                }
                clear();
            }
            case STOP -> {
                if (yes) {
                    model.stop();
                }
                clear();
            }
        }
    }

    /** Esc on a question: back, doing nothing (a start does not happen; heat stays off once it was said). */
    public void dismiss() {
        boolean heatOff = pending.get() != null && pending.get().kind() == Kind.HEAT_OFF;
        clear();
        if (heatOff) {
            offerAgain.run();
        }
    }

    private void askNextOrStart() {
        if (!safetyLeft.isEmpty()) {
            pending.set(TherapyQuestion.safety(safetyLeft.peek()));
        } else if (plan.uses(Modality.HEAT)) {
            pending.set(TherapyQuestion.of(Kind.DROWSY)); // every time heat starts, not once an episode
        } else {
            startNow();
        }
    }

    /** Starts, then puts the question away (the view then moves the focus to the running timer). */
    private void startNow() {
        model.start(plan);
        clear();
    }

    private void clear() {
        pending.set(null);
        plan = null;
        safetyLeft.clear();
    }
}
