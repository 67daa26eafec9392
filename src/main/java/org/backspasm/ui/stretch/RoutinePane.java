package org.backspasm.ui.stretch;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.backspasm.core.stretch.StretchAdvice;
import org.backspasm.core.stretch.Caution;
import org.backspasm.core.stretch.CautionAnswers;
import org.backspasm.core.stretch.Routine;
import org.backspasm.core.stretch.RoutinePlan;
import org.backspasm.core.stretch.AskFirst;
import org.backspasm.core.stretch.Stretch;
import org.backspasm.ui.layout.WrapRow;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.ui.stretch.figure.FigureView;
import org.backspasm.ui.text.Texts;

/** Choose a routine, see and change its stretches (order, reps, add, drop), and start it. */
final class RoutinePane extends ScrollPane {
    private final StretchModel model;
    private final RoutineModel routineModel;
    private final ToggleGroup routines = new ToggleGroup();
    private final VBox askFirst = new VBox(6);
    private final Label name = new Label();
    private final Label summary = new Label();
    private final Label howOften = new Label();
    private final Label length = new Label();
    private final VBox sourcesBox = new VBox();
    private final VBox rows = new VBox(6);
    private final ComboBox<Stretch> addChoice = new ComboBox<>();
    private final Button start;
    private final SourceLines sources;
    private final Texts t;

    RoutinePane(StretchModel model, SourceLines sources, Texts t) {
        this.model = model;
        this.sources = sources;
        this.t = t;
        this.start = new Button(t.get("routine.start"));
        this.routineModel = model.routines();
        createView();
        init();
    }

    private void createView() {
        setFitToWidth(true);
        Label title = new Label(t.get("screen.title"));
        title.getStyleClass().add("title");
        Label lead = wrap(t.get("routines.lead"), "lead");
        askFirst.getStyleClass().add("notice");
        askFirst.setId("stretch-ask-first");

        Label keys = new Label(t.get("routines.keys"));
        keys.getStyleClass().addAll("muted", "small");
        WrapRow chooser = new WrapRow(8, 8);
        for (Routine r : model.content().routines()) {
            ToggleButton b = new ToggleButton(t.content(r.name()));
            b.setId("routine-" + r.id());
            b.setUserData(r);
            b.setToggleGroup(routines);
            b.setMinWidth(Region.USE_PREF_SIZE);
            chooser.add(b);
        }
        chooser.add(keys);
        name.getStyleClass().add("subtitle");
        summary.setWrapText(true);
        howOften.setWrapText(true);
        length.getStyleClass().add("muted");
        rows.setId("routine-rows");

        addChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Stretch s) {
                return s == null ? "" : t.content(s.name());
            }

            @Override
            public Stretch fromString(String s) {
                return null;
            }
        });
        addChoice.getItems().setAll(model.content().offered());
        addChoice.setId("add-stretch-choice");
        // a label rather than the box's prompt: a prompt cannot wrap, and a long language cut it at a large size
        Label addLabel = new Label(t.get("routine.addPrompt"));
        addLabel.setLabelFor(addChoice);
        addChoice.setAccessibleText(addLabel.getText());
        Button add = new Button(t.get("routine.add"));
        add.setId("add-stretch");
        add.disableProperty().bind(addChoice.valueProperty().isNull());
        add.setOnAction(e -> {
            if (addChoice.getValue() != null) {
                routineModel.addStretch(addChoice.getValue().id());
            }
        });
        Button reset = new Button(t.get("routine.reset"));
        reset.setId("reset-routine");
        reset.setOnAction(e -> routineModel.resetRoutine());
        WrapRow editRow = new WrapRow(8, 8, addLabel, addChoice, add, reset);

        start.getStyleClass().addAll("primary", "big");
        start.setId("stretch-start");
        start.setOnAction(e -> model.start());
        start.setDefaultButton(true);
        start.setMinWidth(Region.USE_PREF_SIZE);
        org.backspasm.ui.layout.TrailingRow head = new org.backspasm.ui.layout.TrailingRow(12, name, start);

        VBox card = new VBox(head, summary, howOften, length, sourcesBox, rows, editRow);
        card.getStyleClass().addAll("card", "routine-card");
        card.setMaxWidth(860);

        VBox general = new VBox();
        general.getStyleClass().add("card");
        general.setMaxWidth(860);
        Label gTitle = new Label(t.get("general.title"));
        gTitle.getStyleClass().add("subtitle");
        general.getChildren().add(gTitle);
        model.content().generalAdvice().forEach(a -> general.getChildren().add(wrap(t.get("bullet", t.content(a)),
                "")));
        general.getChildren().add(sources.line(model.content().generalSources()));

        VBox page = new VBox(title, lead, askFirst, chooser, card, general);
        page.getStyleClass().addAll("page", "stretch-routines");
        setContent(page);
    }

    private void init() {
        routines.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                a.setSelected(true);
            } else {
                routineModel.choose((Routine) t.getUserData());
            }
        });
        routineModel.planProperty().addListener((o, a, p) -> show());
        routineModel.stateProperty().addListener((o, a, s) -> {
            show();
            showAskFirst();
        });
        routineModel.askFirst().addListener((ListChangeListener<AskFirst>) c -> showAskFirst());
        routineModel.rows().addListener((ListChangeListener<RoutineRow>) c -> showRows());
        show();
        showAskFirst();
        showRows();
    }

    private void show() {
        Routine r = routineModel.routineProperty().get();
        RoutinePlan plan = routineModel.planProperty().get();
        if (r == null || plan == null) {
            return;
        }
        routines.getToggles().stream().filter(t -> t.getUserData() == r).findFirst().ifPresent(t -> t.setSelected(true));
        name.setText(t.content(r.name()));
        summary.setText(t.content(r.summary()));
        howOften.setText(t.get("routine.howOften", t.content(r.howOften())));
        int minutes = Math.max(1, Math.round(plan.totalSeconds() / 60f));
        length.setText(plan.stretches().isEmpty() ? t.get("routine.empty") : t.get("routine.length", minutes));
        sourcesBox.getChildren().setAll(sources.line(r.sources()));
        start.setDisable(plan.stretches().isEmpty());
    }

    private void showAskFirst() {
        List<AskFirst> advice = routineModel.askFirst();
        askFirst.getChildren().clear();
        advice.forEach(a -> askFirst.getChildren().add(wrap(askFirstText(a), "")));
        CautionAnswers answers = routineModel.stateProperty().get().cautions();
        if (answers.has(Caution.RECENT_INJURY_OR_SURGERY)) {
            Button signs = new Button(t.get("askFirst.checkSigns"));
            signs.setId("stretch-check-signs");
            signs.setOnAction(e -> model.checkWarningSigns());
            askFirst.getChildren().add(signs);
        }
        if (!advice.isEmpty()) {
            askFirst.getChildren().add(sources.line(StretchAdvice.askFirstSources(answers)));
        }
        askFirst.setVisible(!advice.isEmpty());
        askFirst.setManaged(!advice.isEmpty());
    }

    private String askFirstText(AskFirst a) {
        return switch (a) {
            case INJURY_NOT_CLEARED -> t.get("askFirst.injuryNotCleared");
            case INJURY_CLEARED -> t.get("askFirst.injuryCleared");
            case OSTEOPOROSIS -> t.get("askFirst.osteoporosis");
            case PREGNANCY -> t.get("askFirst.pregnancy");
        };
    }

    private void showRows() {
        rows.getChildren().setAll(routineModel.rows().stream().map(this::row).toList());
    }

    private Node row(RoutineRow r) {
        int index = r.index();
        Stretch shown = r.shown();
        int reps = r.reps();
        Label title = new Label(t.get("row.title", index + 1, t.content(shown.name())));
        title.getStyleClass().add("routine-row-name");
        title.setId("routine-row-name-" + index);
        title.setWrapText(true);
        Label dose = wrap(DoseWords.of(shown.dose(), reps, t), "muted");
        Label line = wrap(t.content(shown.line()), "small");
        VBox text = new VBox(2, title, line, dose);
        FigureView thumb = new FigureView();
        thumb.setFrame(List.of(model.library().poses().get(shown.startPose()),
                model.library().poses().get(holdPose(shown))));
        thumb.show(model.library().poses().get(holdPose(shown)), false, false);
        thumb.setPrefSize(120, 72);
        thumb.setMinSize(120, 72);
        thumb.setMaxSize(120, 72);
        text.setMaxWidth(Double.MAX_VALUE);
        if (r.leftOut() != null) {
            text.getChildren().add(wrap(r.leftOut().backToBack() ? t.get("row.backToBack")
                    : t.content(r.leftOut().gate().reason()), "error-text"));
        }
        r.changes().forEach(c -> text.getChildren().add(wrap(t.content(c.reason()), "stretch-change")));

        FlowPane controls = new FlowPane(4, 4); // wraps when the window is narrow
        controls.setAlignment(Pos.CENTER_RIGHT);
        if (r.adjustable()) {
            Button less = small("−", t.get("row.fewer"), e -> routineModel.setReps(index, reps - 1));
            less.setDisable(!r.canHaveFewer());
            Label n = new Label(t.get("row.reps", reps));
            n.setMinWidth(Region.USE_PREF_SIZE);
            Button more = small("+", t.get("row.more", r.original().dose().maxReps()),
                    e -> routineModel.setReps(index, reps + 1));
            more.setDisable(!r.canHaveMore());
            less.setId("reps-less-" + index);
            more.setId("reps-more-" + index);
            controls.getChildren().addAll(less, n, more);
        }
        Button up = small("↑", t.get("row.up"), e -> routineModel.moveEntry(index, -1));
        up.setDisable(r.first());
        Button down = small("↓", t.get("row.down"), e -> routineModel.moveEntry(index, 1));
        down.setDisable(r.last());
        Button drop = small("✕", t.get("row.remove"), e -> routineModel.removeEntry(index));
        drop.setId("remove-" + index);
        controls.getChildren().addAll(up, down, drop);
        org.backspasm.ui.layout.TrailingRow textAndControls = new org.backspasm.ui.layout.TrailingRow(12, text, controls);
        HBox.setHgrow(textAndControls, Priority.ALWAYS);
        HBox row = new HBox(12, thumb, textAndControls);
        row.getStyleClass().add("routine-row");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Puts the keyboard focus on Start, so Space or Enter begins the routine. */
    void focusStart() {
        if (getScene() != null) {
            applyCss(); // creates the scroll pane's skin, which puts the content (and Start) in the scene
            layout();
        }
        start.requestFocus();
    }

    private static String holdPose(Stretch s) {
        return s.steps().stream().filter(st -> st.kind() == org.backspasm.core.stretch.StretchStep.StepKind.HOLD)
                .findFirst().orElseThrow().pose();
    }

    private static Button small(String text, String tip, javafx.event.EventHandler<javafx.event.ActionEvent> h) {
        Button b = new Button(text);
        b.getStyleClass().add("icon-button");
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setOnAction(h);
        return b;
    }

    private static Label wrap(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        if (!style.isEmpty()) {
            l.getStyleClass().add(style);
        }
        return l;
    }
}
