package org.backspasm.ui.companion;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.backspasm.core.companion.DayPlan;
import java.time.Instant;
import org.backspasm.core.companion.PlanItem;
import org.backspasm.core.companion.PlanItemKind;
import org.backspasm.ui.text.Lang;
import org.backspasm.ui.text.Texts;
import org.backspasm.ui.Navigator;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.ui.theme.ThemeManager;

/**
 * Today's plan: "Day N of this episode" (or the first days, without an onset), a line about this stage, and the
 * items, each ticked off from the journal and opening its feature in one click. It shows what
 * {@link DayPlanModel} says.
 */
public final class DayPlanCard extends VBox {
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    private final DayPlanModel model;
    private final Navigator nav;
    private final SourceLines sources;
    private final Label title = new Label();
    private final Label about = new Label();
    private final Label askOnset = new Label();
    private final VBox aboutBox = new VBox(4);
    private final VBox rows = new VBox(10);
    private final Texts t;

    public DayPlanCard(DayPlanModel model, Navigator nav, SourceLines sources, Lang lang) {
        this.model = model;
        this.nav = nav;
        this.sources = sources;
        this.t = lang.texts("dayplan");
        createView();
        model.planProperty().addListener((o, a, p) -> show(p));
        model.walkingSinceProperty().addListener((o, a, since) -> show(model.plan()));
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                model.refresh(); // Today is shown (the first time, or again: it may be another day)
            }
        });
        show(model.plan());
    }

    private void createView() {
        getStyleClass().addAll("card", "day-plan");
        getStylesheets().add(ThemeManager.stylesheet(DayPlanCard.class, "companion.css"));
        setId("day-plan");
        setMaxWidth(820);
        setSpacing(10);
        title.getStyleClass().add("subtitle");
        title.setId("day-plan-title");
        title.setWrapText(true);
        about.setWrapText(true);
        about.setId("day-plan-about");
        askOnset.setWrapText(true);
        askOnset.getStyleClass().add("episode-nudge");
        askOnset.setId("day-plan-ask-onset");
        getChildren().addAll(title, aboutBox, rows);
    }

    private void show(DayPlan p) {
        if (p == null) {
            return; // not worked out yet: it is when the card is first shown
        }
        title.setText(model.title(p));
        askOnset.setText(model.askOnset());
        about.setText(p.about().text());
        List<Node> top = new ArrayList<>(List.of(about, sources.line(p.about().sources())));
        if (p.withoutOnset()) {
            top.add(askOnset);
        }
        aboutBox.getChildren().setAll(top);
        rows.getChildren().setAll(p.items().stream().map(this::row).toList());
    }

    /** The walk's row: "Start a walk" (a rating is offered before it), then "I'm back" and since when. */
    private void walkButtons(Button walked, FlowPane actions) {
        Instant since = model.walkingSinceProperty().get();
        if (since == null) {
            Button start = new Button(t.get("walk.start"));
            start.setId("plan-walk-start");
            start.setOnAction(e -> model.startWalk());
            actions.getChildren().add(1, start);
            return;
        }
        walked.setText(t.get("walk.back"));
        Label walking = new Label(t.get("walk.since", t.formats().time(since.atZone(model.zone()).toLocalTime())));
        walking.setId("plan-walk-since");
        walking.getStyleClass().add("plan-progress");
        actions.getChildren().add(1, walking);
    }

    private Node row(PlanItem i) {
        String id = "plan-" + i.kind().name().toLowerCase().replace('_', '-');
        Label mark = new Label(i.done() ? "✓" : "○");
        mark.getStyleClass().add("plan-mark");
        mark.pseudoClassStateChanged(DONE, i.done());
        mark.setMinWidth(USE_PREF_SIZE);
        Label text = new Label(i.advice().text());
        text.setWrapText(true);
        text.setMinHeight(USE_PREF_SIZE);
        Label progress = new Label(model.progress(i));
        progress.getStyleClass().add("plan-progress");
        progress.pseudoClassStateChanged(DONE, i.done());
        progress.setId(id + "-progress");
        Button act = new Button(model.action(i));
        act.setId(id + "-open");
        act.setOnAction(e -> DayPlanModel.opens(i).ifPresentOrElse(nav::show, model::recordWalk));
        FlowPane actions = new FlowPane(10, 6, act, progress);
        if (i.kind() == PlanItemKind.WALK) {
            walkButtons(act, actions);
        }
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox words = new VBox(4, text, actions, sources.line(i.advice().sources()));
        HBox.setHgrow(words, javafx.scene.layout.Priority.ALWAYS);
        HBox row = new HBox(10, mark, words);
        row.getStyleClass().add("plan-item");
        row.pseudoClassStateChanged(DONE, i.done());
        row.setId(id);
        row.setAccessibleText(model.accessible(i));
        return row;
    }
}
