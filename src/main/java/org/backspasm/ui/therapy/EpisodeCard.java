package org.backspasm.ui.therapy;

import org.backspasm.core.therapy.TherapyAdvice;
import org.backspasm.core.episode.EarlyDays;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.backspasm.core.episode.OnsetPick;
import org.backspasm.core.episode.Phase;
import org.backspasm.ui.Navigator;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.ui.therapy.EpisodeCardModel.Showing;
import org.backspasm.ui.therapy.EpisodeCardModel.Texts;

/**
 * The episode clock: when the spasm began, the phase (first 48 hours, switchover, heat, long-lasting), hours since
 * onset, time to 48 h and 72 h, the evidence note, and after 7 days a nudge to do the warning-sign check. Without an
 * episode it asks when the spasm began (quick picks or a date and time). It shows what its
 * {@link EpisodeCardModel} says; the parts that do not apply now are left out.
 */
public final class EpisodeCard extends VBox {
    private final EpisodeCardModel model;
    private final Navigator nav;
    private final String idPrefix;
    private final boolean withSuggestion;
    private final Label message = new Label();
    // the episode
    private final Label badge = new Label();
    private final HBox head = new HBox(12);
    private final org.backspasm.ui.text.Texts t;
    private final Label since = wrapped("lead");
    private final Label marks = wrapped("");
    private final Label suggestion = wrapped("");
    private final Label early = wrapped("");
    private final Node earlySources;
    private final Label evidence = wrapped("muted");
    private final Node evidenceSources;
    private final Label chronic = wrapped("episode-nudge");
    private final Node chronicSources;
    private final Label nudge = wrapped("episode-nudge");
    private final Node nudgeSources;
    private final Button check = new Button();
    private final FlowPane actions = new FlowPane(8, 8);
    // asking for the onset
    private final Label askTitle = new Label();
    private final Label why = wrapped("muted");
    private final Node whySources;
    private final FlowPane picks = new FlowPane(8, 8);
    private final DatePicker date = new DatePicker();
    private final TextField time = new TextField();
    private final FlowPane exact = new FlowPane(8, 8);
    private final Button cancel = new Button();

    /**
     * The id prefix of the card on Today, which never shows the nudge after a week: there the companion's follow-up
     * card says it once, with the check and the doctor's record one click away (issue 17).
     */
    public static final String TODAY = "today";

    /** @param withSuggestion whether to say which of ice or heat is usual now (the Ice &amp; Heat plan says it already) */
    public EpisodeCard(EpisodeCardModel model, Navigator nav, String idPrefix, boolean withSuggestion,
            SourceLines sources, org.backspasm.ui.text.Texts words) {
        this.model = model;
        this.t = words;
        this.earlySources = sources.line(EpisodeCardModel.EARLY_DAYS_SOURCES);
        this.evidenceSources = sources.line(EpisodeCardModel.EVIDENCE_SOURCES);
        this.chronicSources = sources.line(EpisodeCardModel.CHRONIC_SOURCES);
        this.nudgeSources = sources.line(EpisodeCardModel.WEEK_NUDGE_SOURCES);
        this.whySources = sources.line(EpisodeCardModel.WHY_ASK_SOURCES);
        this.nav = nav;
        this.idPrefix = idPrefix;
        this.withSuggestion = withSuggestion;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().addAll("card", "episode-card");
        getStylesheets().add(org.backspasm.ui.theme.ThemeManager.stylesheet(EpisodeCard.class, "therapy.css"));
        setMaxWidth(820);
        message.setWrapText(true);
        message.setId(idPrefix + "-onset-message");
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());

        check.setText(t.get("card.check"));
        cancel.setText(t.get("card.cancel"));
        Label title = new Label(t.get("card.title"));
        title.getStyleClass().add("subtitle");
        badge.getStyleClass().add("phase-badge");
        badge.setId(idPrefix + "-phase");
        head.getChildren().addAll(title, badge);
        head.setAlignment(Pos.CENTER_LEFT);
        since.setId(idPrefix + "-since");
        marks.setId(idPrefix + "-marks");
        early.setId(idPrefix + "-early-days");
        evidence.setText(TherapyAdvice.EVIDENCE.text(t.locale()));
        nudge.setId(idPrefix + "-week-nudge");
        check.setId(idPrefix + "-warning-check");
        check.setOnAction(ev -> nav.show(ScreenId.WARNING_SIGNS));
        Button change = new Button(t.get("card.change"));
        change.setId(idPrefix + "-change-onset");
        change.setOnAction(ev -> model.changeOnset());
        Button end = new Button(t.get("card.end"));
        end.setId(idPrefix + "-end-episode");
        end.setOnAction(ev -> model.endEpisode());
        actions.getChildren().addAll(change, end);

        askTitle.getStyleClass().add("subtitle");
        why.setText(model.whyAsk());
        for (OnsetPick p : OnsetPick.values()) {
            Button b = new Button(model.label(p));
            b.setId(idPrefix + "-onset-" + p.name().toLowerCase().replace('_', '-'));
            b.setOnAction(ev -> model.pick(p));
            picks.getChildren().add(b);
        }
        date.setId(idPrefix + "-onset-date");
        date.setPrefWidth(150);
        date.setAccessibleText(t.get("card.date.accessible"));
        time.setPromptText(t.get("card.time.prompt"));
        time.setPrefColumnCount(5);
        time.setId(idPrefix + "-onset-time");
        time.setAccessibleText(t.get("card.time.accessible"));
        Button set = new Button(t.get("card.set"));
        set.setId(idPrefix + "-onset-set");
        set.setOnAction(ev -> model.submitTyped(date.getValue(), time.getText()));
        time.setOnAction(ev -> model.submitTyped(date.getValue(), time.getText()));
        exact.getChildren().addAll(new Label(t.get("card.or")), date, time, set);
        exact.setAlignment(Pos.CENTER_LEFT);
        cancel.setOnAction(ev -> model.cancelChange());
    }

    private void init() {
        model.showingProperty().addListener((o, a, p) -> show());
        model.textsProperty().addListener((o, a, t) -> show());
        message.textProperty().bind(model.messageProperty());
        model.messageIsErrorProperty().addListener((o, a, error) -> styleMessage());
        model.messageProperty().addListener((o, a, m) -> show());
        styleMessage();
        show();
        // the hours since onset are read again each time the card comes on screen (Today or Ice & Heat shown)
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                refresh();
            }
        });
    }

    /** Reads the clock again (called when shown). */
    public void refresh() {
        model.refresh();
    }

    private void show() {
        Showing page = model.showingProperty().get();
        Texts t = model.textsProperty().get();
        List<Node> parts = new ArrayList<>();
        if (page == Showing.EPISODE && t != null) {
            showTexts(t);
            parts.addAll(List.of(head, since, marks));
            if (withSuggestion) {
                parts.add(suggestion);
                if (t.earlyDays() != null) {
                    parts.addAll(List.of(early, earlySources));
                }
            }
            parts.addAll(List.of(evidence, evidenceSources));
            if (t.chronic() != null) {
                parts.addAll(List.of(chronic, chronicSources));
            }
            if (t.weekNudge() != null && !idPrefix.equals(TODAY)) {
                parts.addAll(List.of(nudge, nudgeSources, check));
            }
            parts.add(actions);
            if (!message.getText().isEmpty()) {
                parts.add(message);
            }
        } else {
            boolean changing = page == Showing.CHANGE;
            askTitle.setText(changing ? this.t.get("card.askChange") : this.t.get("card.ask"));
            if (!getChildren().contains(exact)) { // a fresh form each time it opens
                date.setValue(model.today());
                time.clear();
            }
            parts.addAll(List.of(askTitle, why, whySources, picks, exact, message));
            if (changing) {
                parts.add(cancel);
            } else if (withSuggestion) { // Today: the first days' advice, with or without an onset time
                early.setText(EarlyDays.withoutOnset(this.t.locale()));
                parts.addAll(List.of(early, earlySources));
            }
        }
        getChildren().setAll(parts);
    }

    private void showTexts(Texts t) {
        Phase phase = t.phase();
        badge.setText(phase.label(this.t.locale()));
        badge.pseudoClassStateChanged(PseudoClass.getPseudoClass("ice"), phase == Phase.ICE_WINDOW);
        badge.pseudoClassStateChanged(PseudoClass.getPseudoClass("break"), phase == Phase.SWITCHOVER_WINDOW);
        badge.pseudoClassStateChanged(PseudoClass.getPseudoClass("heat"), phase == Phase.HEAT_WINDOW);
        since.setText(t.since());
        marks.setText(t.marks());
        suggestion.setText(t.suggestion());
        early.setText(t.earlyDays() == null ? "" : EarlyDays.text(this.t.locale()));
        chronic.setText(t.chronic() == null ? "" : t.chronic());
        nudge.setText(t.weekNudge() == null ? "" : t.weekNudge());
    }

    private void styleMessage() {
        message.getStyleClass().removeAll("error-text", "episode-nudge");
        message.getStyleClass().add(model.messageIsErrorProperty().get() ? "error-text" : "episode-nudge");
    }

    private static Label wrapped(String style) {
        Label l = new Label();
        l.setWrapText(true);
        if (!style.isEmpty()) {
            l.getStyleClass().add(style);
        }
        return l;
    }
}
