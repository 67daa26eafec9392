package org.backspasm.ui.therapy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.backspasm.core.therapy.Modality;
import org.backspasm.core.therapy.TherapyAdvice;
import org.backspasm.core.therapy.TherapyPlan;
import org.backspasm.core.therapy.TherapySession;
import org.backspasm.ui.Focus;
import org.backspasm.ui.Navigator;
import org.backspasm.ui.OverlayLayer;
import org.backspasm.ui.Screen;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.ui.theme.ThemeManager;

/**
 * Ice &amp; Heat: the running timer (or the plan to start one), what happened while the user was away, and the
 * episode clock. Keys while a timer runs: Space pause/resume (skin breaks only), N next step, Esc stop (asks first).
 */
public final class TherapyScreen implements Screen {
    private final TherapyModel model;
    private final StackPane root = new StackPane();
    private final OverlayLayer overlays = new OverlayLayer(root, null);
    private final VBox page = new VBox();
    private final VBox awayBox = new VBox();
    private final StackPane timerSlot = new StackPane();
    private final PlanPane plan;
    private final TimerPane timer;
    private final EpisodeCard episodeCard;
    private ConfirmCard overlay;

    private final SourceLines sources;

    public TherapyScreen(TherapyModel model, Navigator nav, SourceLines sources) {
        this.model = model;
        this.sources = sources;
        this.plan = new PlanPane(model, this::requestStart, sources);
        this.timer = new TimerPane(model, this::next, this::confirmStop, sources);
        this.episodeCard = new EpisodeCard(new EpisodeCardModel(model.episode()), nav, "therapy", false, sources);
        createView();
        init();
    }

    private void createView() {
        root.getStylesheets().add(ThemeManager.stylesheet(TherapyScreen.class, "therapy.css"));
        root.getStyleClass().add("therapy-screen");
        page.getStyleClass().add("page");
        Label title = new Label("Ice & Heat");
        title.getStyleClass().add("title");
        awayBox.getStyleClass().add("notice");
        awayBox.setId("therapy-away");
        awayBox.setMaxWidth(820);
        timerSlot.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        page.getChildren().addAll(title, awayBox, timerSlot, episodeCard);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        root.getChildren().add(scroll);
    }

    private void init() {
        model.runningProperty().addListener((o, a, r) -> showSlot());
        model.away().addListener((javafx.collections.ListChangeListener<String>) c -> showAway());
        model.episode().currentProperty().addListener((o, a, e) -> {
            plan.refresh(e, model.episode().clock().instant());
            plan.showPlan(model.suggestedPlan());
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        showSlot();
        showAway();
        plan.refresh(model.episode().current(), model.episode().clock().instant());
    }

    private void showSlot() {
        boolean running = model.runningProperty().get();
        if (!running) {
            plan.showPlan(model.suggestedPlan());
        }
        timerSlot.getChildren().setAll(running ? timer : plan);
    }

    private void showAway() {
        awayBox.getChildren().clear();
        List<String> messages = model.away();
        for (String m : messages) {
            Label l = new Label(m);
            l.setWrapText(true);
            l.getStyleClass().add("away-message");
            awayBox.getChildren().add(l);
        }
        if (!messages.isEmpty()) {
            Button ok = new Button("OK");
            ok.setId("therapy-away-ok");
            ok.setOnAction(e -> model.away().clear());
            awayBox.getChildren().add(ok);
        }
        awayBox.setVisible(!messages.isEmpty());
        awayBox.setManaged(!messages.isEmpty());
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
                || e.getTarget() instanceof TextInputControl || e.getTarget() instanceof javafx.scene.control.ComboBoxBase) {
            return;
        }
        switch (e.getCode()) {
            case SPACE -> model.togglePause();
            case N -> next();
            case ESCAPE -> confirmStop();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void requestStart(TherapyPlan p) {
        List<Modality> checks = model.safetyChecksFor(p);
        Deque<Modality> queue = new ArrayDeque<>(checks);
        askNext(queue, p);
    }

    private void askNext(Deque<Modality> queue, TherapyPlan p) {
        if (queue.isEmpty()) {
            if (p.uses(Modality.HEAT)) {
                askDrowsiness(p); // every time heat starts, not once an episode
            } else {
                model.start(p);
                focusTimer();
            }
            return;
        }
        Modality m = queue.poll();
        VBox list = new VBox(4);
        for (String c : TherapyAdvice.cautions(m)) {
            Label l = new Label("• " + c);
            l.setWrapText(true);
            list.getChildren().add(l);
        }
        showOverlay(new ConfirmCard("safety-" + m.word(), "Before you use " + m.word() + ": does any of these apply to you?",
                "We ask once for each episode. Your answer is kept, and you can change it in Settings. "
                        + "Esc goes back without starting.",
                "Yes, one of these applies", "No, none of these",
                () -> {
                    model.answerSafety(m, true);
                    plan.showPlan(model.suggestedPlan()); // offers the other one, if it is not switched off too
                    closeOverlay();
                },
                () -> {
                    closeOverlay();
                    model.answerSafety(m, false);
                    askNext(queue, p);
                }).with(list, sources.line(TherapyAdvice.cautionSources(m))).onEscape(this::closeOverlay));
    }

    private void askDrowsiness(TherapyPlan p) {
        showOverlay(DrowsinessCheck.question(sources,
                () -> {
                    model.setHeatOffToday(true);
                    showOverlay(DrowsinessCheck.heatOff(sources, !model.blocked(Modality.ICE),
                            () -> {
                                closeOverlay();
                                requestStart(p.withMode(org.backspasm.core.therapy.Mode.ICE, false));
                            },
                            () -> {
                                closeOverlay();
                                plan.showPlan(model.suggestedPlan());
                            }));
                },
                () -> {
                    closeOverlay();
                    model.start(p);
                    focusTimer();
                },
                this::closeOverlay));
    }

    /**
     * N: the next step; ending a skin break early asks first and the answer is recorded; in "until I stop", after
     * every 3 rounds, it asks for a skin check and whether to go on.
     */
    public void next() {
        if (model.nextAction().orElse(null) == TherapySession.NextAction.SKIN_CHECK) {
            int rounds = model.statusProperty().get().round();
            showOverlay(new ConfirmCard("confirm-skin-check", "Skin check after " + rounds + " rounds",
                    "Look at the skin where the packs were, and feel it. Go on only if its colour, warmth and "
                            + "feeling are back to normal; if they are not, stop here.",
                    "My skin is normal: go on", "Stop here",
                    () -> {
                        closeOverlay();
                        model.next(true);
                        focusTimer();
                    },
                    () -> {
                        closeOverlay();
                        model.stop();
                        plan.startButton().requestFocus();
                    }).onEscape(this::closeOverlay));
            return;
        }
        if (model.nextAction().orElse(null) == TherapySession.NextAction.END_BREAK_EARLY) {
            showOverlay(new ConfirmCard("confirm-end-break", "End the skin break early?",
                    "A skin break of at least 20 minutes lets the skin recover. End it only if your skin looks and "
                            + "feels normal again (colour, warmth and feeling).",
                    "My skin is normal: end the break", "Keep the break",
                    () -> {
                        closeOverlay();
                        model.next(true);
                        focusTimer();
                    },
                    this::closeOverlay).with(sources.line(TherapyAdvice.SKIN_CHECK.sources())));
            return;
        }
        model.next(false);
        focusTimer();
    }

    private void confirmStop() {
        showOverlay(new ConfirmCard("confirm-stop", "Stop this session?",
                "What you have done so far is saved in your journal. If a pack is still on, take it off now.",
                "Stop the session", "Keep going",
                () -> {
                    closeOverlay();
                    model.stop();
                    plan.startButton().requestFocus();
                },
                this::closeOverlay).confirmOnEnter());
    }

    private void showOverlay(ConfirmCard card) {
        closeOverlay();
        overlay = card;
        overlays.show(card);
        card.focusDefault();
    }

    private void closeOverlay() {
        if (overlay != null) {
            overlays.close(overlay);
            overlay = null;
            focusTimer();
        }
    }

    private void focusTimer() {
        Focus.requestSoon(model.runningProperty().get() ? timer.primaryButton() : plan.startButton());
    }

    public TherapyModel model() {
        return model;
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
        model.refresh();
        if (!model.runningProperty().get()) {
            plan.showPlan(model.suggestedPlan());
        }
        episodeCard.refresh();
        plan.refresh(model.episode().current(), model.episode().clock().instant());
        focusTimer();
    }
}
