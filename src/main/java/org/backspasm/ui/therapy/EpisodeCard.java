package org.backspasm.ui.therapy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.backspasm.core.episode.EarlyDays;
import org.backspasm.core.episode.Episode;
import org.backspasm.core.episode.OnsetCheck;
import org.backspasm.core.episode.OnsetPick;
import org.backspasm.core.episode.Phase;
import org.backspasm.core.therapy.TherapyAdvice;
import org.backspasm.ui.Navigator;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.source.SourceLines;

/**
 * The episode clock: when the spasm began, the phase (first 48 hours, switchover, heat, long-lasting), hours since
 * onset, time to 48 h and 72 h, the evidence note, and after 7 days a nudge to do the warning-sign check. Without an
 * episode it asks when the spasm began (quick picks or a date and time).
 */
public final class EpisodeCard extends VBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("H:mm");

    private final EpisodeModel model;
    private final Navigator nav;
    private final String idPrefix;
    private final boolean withSuggestion;
    private final Label message = new Label();
    private final SourceLines sources;
    private boolean editing;

    /** @param withSuggestion whether to say which of ice or heat is usual now (the Ice &amp; Heat plan says it already) */
    public EpisodeCard(EpisodeModel model, Navigator nav, String idPrefix, boolean withSuggestion,
            SourceLines sources) {
        this.model = model;
        this.sources = sources;
        this.nav = nav;
        this.idPrefix = idPrefix;
        this.withSuggestion = withSuggestion;
        getStyleClass().addAll("card", "episode-card");
        getStylesheets().add(org.backspasm.ui.theme.ThemeManager.stylesheet(EpisodeCard.class, "therapy.css"));
        setMaxWidth(820);
        message.setWrapText(true);
        message.setId(idPrefix + "-onset-message");
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        model.currentProperty().addListener((o, a, e) -> {
            editing = false;
            refresh();
        });
        refresh();
    }

    /** Rebuilds the card for the current time (called when shown, and when the episode changes). */
    public void refresh() {
        getChildren().clear();
        Episode e = model.current();
        if (e == null || editing) {
            showOnsetInput(e != null);
        } else {
            showEpisode(e, model.clock().instant());
        }
    }

    private void showEpisode(Episode e, Instant now) {
        Phase phase = e.phaseAt(now);
        Label title = new Label("Your back-spasm clock");
        title.getStyleClass().add("subtitle");
        Label badge = new Label(phase.label());
        badge.getStyleClass().add("phase-badge");
        badge.setId(idPrefix + "-phase");
        badge.pseudoClassStateChanged(PseudoClass.getPseudoClass("ice"), phase == Phase.ICE_WINDOW);
        badge.pseudoClassStateChanged(PseudoClass.getPseudoClass("break"), phase == Phase.SWITCHOVER_WINDOW);
        badge.pseudoClassStateChanged(PseudoClass.getPseudoClass("heat"), phase == Phase.HEAT_WINDOW);
        HBox head = new HBox(12, title, badge);
        head.setAlignment(Pos.CENTER_LEFT);

        Label since = new Label(sinceText(e, now, model.clock().getZone()));
        since.getStyleClass().add("lead");
        since.setWrapText(true);
        since.setId(idPrefix + "-since");
        Label marks = new Label(marksText(e, now));
        marks.setWrapText(true);
        marks.setId(idPrefix + "-marks");
        Label suggestion = new Label(TherapyAdvice.suggestion(phase));
        suggestion.setWrapText(true);
        Label evidence = new Label(TherapyAdvice.EVIDENCE.text());
        evidence.setWrapText(true);
        evidence.getStyleClass().add("muted");
        getChildren().addAll(head, since, marks);
        if (withSuggestion) {
            getChildren().add(suggestion);
            if (EarlyDays.shownAt(e, now)) {
                Label early = new Label(EarlyDays.TEXT);
                early.setWrapText(true);
                early.setId(idPrefix + "-early-days");
                getChildren().addAll(early, sources.line(EarlyDays.SOURCES));
            }
        }
        getChildren().addAll(evidence, sources.line(TherapyAdvice.EVIDENCE.sources()));

        if (phase == Phase.CHRONIC) {
            Label chronic = new Label(OnsetCheck.CHRONIC_MESSAGE);
            chronic.setWrapText(true);
            chronic.getStyleClass().add("episode-nudge");
            getChildren().addAll(chronic, sources.line(OnsetCheck.CHRONIC_SOURCES));
        }
        if (e.suggestsWarningSignCheck(now)) {
            Label nudge = new Label("It has been " + Duration.between(e.onset(), now).toDays() + " days. If your back "
                    + "is not getting better after a week of looking after it at home, it is worth booking a doctor or "
                    + "physiotherapy appointment. The warning-sign check takes a couple of minutes.");
            nudge.setWrapText(true);
            nudge.getStyleClass().add("episode-nudge");
            nudge.setId(idPrefix + "-week-nudge");
            Button check = new Button("Do the warning-sign check");
            check.setId(idPrefix + "-warning-check");
            check.setOnAction(ev -> nav.show(ScreenId.WARNING_SIGNS));
            getChildren().addAll(nudge, sources.line("CSP", "NHS-INFORM", "MAYO-BP"), check);
        }
        Button change = new Button("Change start time");
        change.setId(idPrefix + "-change-onset");
        change.setOnAction(ev -> {
            editing = true;
            refresh();
        });
        Button end = new Button("My back is better: end this episode");
        end.setId(idPrefix + "-end-episode");
        end.setOnAction(ev -> model.end());
        FlowPane actions = new FlowPane(8, 8, change, end);
        getChildren().add(actions);
    }

    static String sinceText(Episode e, Instant now, java.time.ZoneId zone) {
        long hours = e.hoursSinceOnset(now);
        String began = WHEN.format(e.onset().atZone(zone));
        if (hours < 72) {
            return hours + (hours == 1 ? " hour" : " hours") + " since it began (" + began + ").";
        }
        long days = e.sinceOnset(now).toDays();
        return days + " days (" + hours + " hours) since it began (" + began + ").";
    }

    private String marksText(Episode e, Instant now) {
        Duration to48 = e.untilSwitchover(now);
        Duration to72 = e.untilHeatWindow(now);
        if (!to48.isZero()) {
            return "48 hours in " + hm(to48) + "; 72 hours in " + hm(to72) + ".";
        }
        if (!to72.isZero()) {
            return "48 hours have passed; 72 hours in " + hm(to72) + ".";
        }
        return "The first 72 hours have passed.";
    }

    static String hm(Duration d) {
        long h = d.toHours();
        long m = d.toMinutesPart();
        return h > 0 ? h + " h " + m + " min" : m + " min";
    }

    private void showOnsetInput(boolean changing) {
        Label title = new Label(changing ? "Change when the spasm began" : "When did the spasm begin?");
        title.getStyleClass().add("subtitle");
        Label why = new Label("The app then counts the hours: ice is usual in the first 48–72 hours, heat after that "
                + "(heat can help from day 1).");
        why.setWrapText(true);
        why.getStyleClass().add("muted");
        FlowPane picks = new FlowPane(8, 8);
        for (OnsetPick p : OnsetPick.values()) {
            Button b = new Button(p.label());
            b.setId(idPrefix + "-onset-" + p.name().toLowerCase().replace('_', '-'));
            b.setOnAction(ev -> submit(p.resolve(model.clock())));
            picks.getChildren().add(b);
        }
        DatePicker date = new DatePicker(LocalDate.now(model.clock()));
        date.setId(idPrefix + "-onset-date");
        date.setPrefWidth(150);
        date.setAccessibleText("Date the spasm began");
        TextField time = new TextField();
        time.setPromptText("HH:MM");
        time.setPrefColumnCount(5);
        time.setId(idPrefix + "-onset-time");
        time.setAccessibleText("Time the spasm began, hours and minutes");
        Button set = new Button("Use this date and time");
        set.setId(idPrefix + "-onset-set");
        set.setOnAction(ev -> submitTyped(date.getValue(), time.getText()));
        time.setOnAction(ev -> submitTyped(date.getValue(), time.getText()));
        javafx.scene.layout.FlowPane exact = new javafx.scene.layout.FlowPane(8, 8, new Label("Or:"), date, time, set);
        exact.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, why, sources.line("NINDS", "ACP2017"), picks, exact, message);
        if (changing) {
            Button cancel = new Button("Cancel");
            cancel.setOnAction(ev -> {
                editing = false;
                message.setText("");
                refresh();
            });
            getChildren().add(cancel);
        }
    }

    private void submitTyped(LocalDate date, String text) {
        LocalTime t;
        try {
            t = LocalTime.parse(text == null ? "" : text.strip(), HH_MM);
        } catch (DateTimeParseException ex) {
            showMessage("Please type the time as hours and minutes, for example 7:30 or 19:45.", true);
            return;
        }
        if (date == null) {
            showMessage("Please pick a date.", true);
            return;
        }
        submit(ZonedDateTime.of(date, t, model.clock().getZone()).toInstant());
    }

    private void submit(Instant onset) {
        OnsetCheck verdict = model.start(onset);
        if (!verdict.accepted()) {
            showMessage(verdict.message(), true);
        } else {
            editing = false;
            refresh();
            if (verdict.verdict() == OnsetCheck.Verdict.CHRONIC) {
                showMessage(verdict.message(), false);
            }
        }
    }

    private void showMessage(String text, boolean error) {
        message.setText(text);
        message.getStyleClass().removeAll("error-text", "episode-nudge");
        message.getStyleClass().add(error ? "error-text" : "episode-nudge");
        if (!getChildren().contains(message)) {
            getChildren().add(message);
        }
    }
}
