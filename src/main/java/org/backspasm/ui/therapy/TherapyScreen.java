package org.backspasm.ui.therapy;

import org.backspasm.ui.text.Lang;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.backspasm.ui.Focus;
import org.backspasm.ui.Navigator;
import org.backspasm.ui.OverlayLayer;
import org.backspasm.ui.Screen;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.ui.theme.ThemeManager;

/**
 * Ice &amp; Heat: the running timer (or the plan to start one), what happened while the user was away, the episode
 * clock, and whichever question {@link TherapyQuestions} has pending. Keys while a timer runs: Space pause/resume
 * (skin breaks only), N next step, Esc stop (asks first). Every word comes from the models.
 */
public final class TherapyScreen implements Screen {
    private final TherapyModel model;
    private final TherapyQuestions questions;
    private final SourceLines sources;
    private final StackPane root = new StackPane();
    private final OverlayLayer overlays = new OverlayLayer(root, null);
    private final VBox page = new VBox();
    private final VBox awayBox = new VBox();
    private final StackPane timerSlot = new StackPane();
    private final PlanForm form;
    private final PlanPane plan;
    private final TimerPane timer;
    private final EpisodeCard episodeCard;
    private ConfirmCard overlay;

    public TherapyScreen(TherapyModel model, Navigator nav, SourceLines sources, Lang lang) {
        this.model = model;
        this.sources = sources;
        this.form = new PlanForm(model);
        this.questions = new TherapyQuestions(model, form::offer);
        this.plan = new PlanPane(form, model, questions::requestStart, sources);
        this.timer = new TimerPane(model, questions::requestNext, questions::requestStop, sources);
        this.episodeCard = new EpisodeCard(new EpisodeCardModel(model.episode(), lang), nav, "therapy", false, sources,
                lang.texts(org.backspasm.core.episode.OnsetCheck.BUNDLE));
        createView();
        init();
    }

    private void createView() {
        root.getStylesheets().add(ThemeManager.stylesheet(TherapyScreen.class, "therapy.css"));
        root.getStyleClass().add("therapy-screen");
        page.getStyleClass().add("page");
        Label title = new Label(model.texts().get("screen.title"));
        title.getStyleClass().add("title");
        awayBox.getStyleClass().add("notice");
        awayBox.setId("therapy-away");
        awayBox.setMaxWidth(820);
        timerSlot.setAlignment(Pos.TOP_LEFT);
        page.getChildren().addAll(title, awayBox, timerSlot, episodeCard);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        root.getChildren().add(scroll);
    }

    private void init() {
        model.runningProperty().addListener((o, a, r) -> showSlot());
        model.away().addListener((ListChangeListener<String>) c -> showAway());
        questions.pendingProperty().addListener((o, a, q) -> showQuestion(q));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        showSlot();
        showAway();
    }

    /** The timer while one runs, else the plan (the form offers the suggested plan again when a timer stops). */
    private void showSlot() {
        timerSlot.getChildren().setAll(model.runningProperty().get() ? timer : plan);
    }

    private void showAway() {
        awayBox.getChildren().clear();
        for (String m : model.away()) {
            Label l = new Label(m);
            l.setWrapText(true);
            l.getStyleClass().add("away-message");
            awayBox.getChildren().add(l);
        }
        if (!model.away().isEmpty()) {
            Button ok = new Button(model.texts().get("away.ok"));
            ok.setId("therapy-away-ok");
            ok.setOnAction(e -> model.away().clear());
            awayBox.getChildren().add(ok);
        }
        awayBox.setVisible(!model.away().isEmpty());
        awayBox.setManaged(!model.away().isEmpty());
    }

    private void onKey(KeyEvent e) {
        if (overlay != null) {
            if (e.getCode() == KeyCode.ESCAPE) {
                overlay.cancel();
                e.consume();
            }
            return;
        }
        if (!model.runningProperty().get() || e.isShortcutDown() || e.isAltDown()
                || e.getTarget() instanceof TextInputControl || e.getTarget() instanceof ComboBoxBase) {
            return;
        }
        switch (e.getCode()) {
            case SPACE -> model.togglePause();
            case N -> questions.requestNext();
            case ESCAPE -> questions.requestStop();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void showQuestion(TherapyQuestion q) {
        if (overlay != null) {
            overlays.close(overlay);
            overlay = null;
        }
        if (q == null) {
            focusTimer();
            return;
        }
        overlay = QuestionCards.of(q, questions, sources, model.texts());
        overlays.show(overlay);
        overlay.focusDefault();
    }

    /** N: the next step, asking first where the step needs it (see {@link TherapyQuestions#requestNext()}). */
    public void next() {
        questions.requestNext();
    }

    private void focusTimer() {
        Focus.requestSoon(model.runningProperty().get() ? timer.primaryButton() : plan.startButton());
    }

    public TherapyModel model() {
        return model;
    }

    /** The plan being edited (tests set it without a robot). */
    public PlanForm planForm() {
        return form;
    }

    /** The questions waiting for an answer (tests answer them without a robot). */
    public TherapyQuestions questions() {
        return questions;
    }

    @Override
    public ScreenId id() {
        return ScreenId.THERAPY;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void shown() {
        if (!model.runningProperty().get()) {
            form.offer(); // the day or the episode's phase may have moved on since it was last shown
        }
        focusTimer();
    }
}
