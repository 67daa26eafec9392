package org.backspasm.ui.therapy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backspasm.core.therapy.BoundaryAlert;
import org.backspasm.core.therapy.Modality;
import org.backspasm.core.therapy.PlanSuggestion;
import org.backspasm.core.therapy.RunStatus;
import org.backspasm.core.therapy.SafetyAnswers;
import org.backspasm.core.therapy.SegmentStage;
import org.backspasm.core.therapy.TherapyAdvice;
import org.backspasm.core.therapy.TherapyPlan;
import org.backspasm.core.therapy.TherapySession;
import org.backspasm.ui.TickSubscription;
import org.backspasm.ui.Ticker;
import org.backspasm.ui.alert.AlarmScheduler;
import org.backspasm.ui.alert.Alerter;
import org.backspasm.ui.alert.Cue;
import org.backspasm.ui.text.Lang;
import org.backspasm.ui.text.Texts;

/**
 * The Ice &amp; Heat presentation model: what the timer view shows (as read-only properties) and what the user can
 * do. Two things wake it. The alarm ({@link AlarmScheduler}) is armed for the next instant something is due, and
 * at least every 30 s while a session runs, whatever the window does: it raises the alerts, keeps the last-seen
 * instant fresh and notices clock changes. The display ticks ({@link Ticker}) only redraw the countdown, while a
 * countdown runs and the window shows: every second when focused, every minute (showing minutes) when not.
 */
public final class TherapyModel {
    private final TherapySession session;
    private final EpisodeModel episode;
    private final Ticker ticker;
    private final Alerter alerter;
    private final AlarmScheduler alarms;
    private final TickSubscription ticks;

    private final ReadOnlyObjectWrapper<RunStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper segment = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper roundText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stageText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nextText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper accessible = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper finished = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<SafetyAnswers> safety = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> away = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper minutesOnly = new ReadOnlyBooleanWrapper();
    private final Texts t;
    /** How the last session ended (its words follow the language), or null. */
    private TherapySession.NextResult ended;
    private boolean stopped;

    /** In English (tests of the timer's behaviour). */
    public TherapyModel(TherapySession session, EpisodeModel episode, Ticker ticker, Alerter alerter,
            AlarmScheduler alarms) {
        this(session, episode, ticker, alerter, alarms, new Lang(java.util.Locale.UK));
    }

    /** @param lang the window's language: every text the timer shows is said in it, and again when it changes */
    public TherapyModel(TherapySession session, EpisodeModel episode, Ticker ticker, Alerter alerter,
            AlarmScheduler alarms, Lang lang) {
        this.t = lang.texts(TherapyAdvice.BUNDLE);
        lang.localeProperty().addListener((o, a, l) -> {
            finished.set(finishedText());
            show(status.get());
        });
        this.session = session;
        this.episode = episode;
        this.ticker = ticker;
        this.alerter = alerter;
        this.alarms = alarms;
        this.ticks = TickSubscription.countdown(ticker, this::tick);
        safety.set(session.safety());
        session.onChange(s -> safety.set(s.safety())); // answers and settings, whoever changed them
        ticker.paceProperty().addListener((o, a, p) -> tick());
        refresh();
    }

    /**
     * Reads the clock, raises the alert that is due, updates everything and arms the alarm for the next instant
     * something is due. The alarm calls it, and every command does.
     */
    public void refresh() {
        TherapySession.Observation o = session.observe();
        if (!o.away().isEmpty()) {
            away.setAll(o.away());
        }
        show(o.status());
        if (o.alert() != null) {
            BoundaryAlert a = o.alert();
            alerter.alert(a.title(), a.text(), Cue.of(a.kind()));
        }
        if (session.running()) {
            alarms.arm(session.nextDue().orElse(null), this::refresh);
        } else {
            alarms.cancel();
        }
        updateSubscription();
    }

    /** A display tick: redraws the countdown from the clock; raises nothing (the alarm does). */
    private void tick() {
        if (session.running()) {
            show(session.status().orElse(null));
        }
    }

    private void show(RunStatus s) {
        fillTexts(s);
        status.set(s); // last: listeners of the status read the texts
        running.set(s != null);
    }

    private void fillTexts(RunStatus s) {
        if (s == null) {
            countdown.set("");
            segment.set("");
            roundText.set("");
            stageText.set("");
            nextText.set("");
            accessible.set(finished.get().isEmpty() ? t.get("timer.none") : finished.get());
            return;
        }
        TimerTexts x = TimerTexts.of(s, ticker.paceProperty().get() == Ticker.Pace.MINUTES, session.clock().getZone(),
                t);
        minutesOnly.set(x.minutesOnly());
        countdown.set(x.countdown());
        segment.set(x.segment());
        roundText.set(x.round());
        stageText.set(x.stage());
        nextText.set(x.next());
        accessible.set(x.accessible());
    }

    private void updateSubscription() {
        RunStatus s = status.get();
        ticks.want(s != null && s.stage() != SegmentStage.PAUSED);
    }

    /** The modalities of the plan whose safety question must be asked first (none when already answered). */
    public List<Modality> safetyChecksFor(TherapyPlan plan) {
        return PlanSuggestion.safetyChecks(plan, session.safety(), episode.episodeKey());
    }

    /** Today's date, as the session works it out from its clock. */
    public java.time.LocalDate today() {
        return session.today();
    }

    /** Switched off today: by a caution (until changed in Settings), or heat by today's drowsiness answer. */
    public boolean blocked(Modality m) {
        return session.safety().blockedOn(m, session.today());
    }

    /** Why a switched-off modality is off, with its sources. */
    public TherapyAdvice.Advice blockedReason(Modality m) {
        return TherapyAdvice.blockedText(session.safety(), m, session.today());
    }

    public boolean heatOffToday() {
        return session.safety().heatOffOnDay(session.today());
    }

    /** A yes to the drowsiness question (asked at every heat start) switches heat off for today; false undoes it. */
    public void setHeatOffToday(boolean off) {
        session.setHeatOffToday(off);
    }

    public void answerSafety(Modality m, boolean cautionApplies) {
        session.answerSafety(m, cautionApplies, episode.episodeKey());
    }

    public void setConcern(Modality m, boolean cautionApplies) {
        session.setConcern(m, cautionApplies);
    }

    public void start(TherapyPlan plan) {
        ended = null;
        stopped = false;
        finished.set("");
        away.clear();
        session.start(plan);
        refresh();
    }

    public void togglePause() {
        session.togglePause();
        refresh();
    }

    public Optional<TherapySession.NextAction> nextAction() {
        return session.nextAction();
    }

    public TherapySession.NextResult next(boolean confirmedEarlyBreakEnd) {
        TherapySession.NextResult r = session.next(confirmedEarlyBreakEnd);
        if (r == TherapySession.NextResult.FINISHED) {
            ended = r;
            stopped = false;
            finished.set(finishedText());
        }
        away.clear();
        refresh();
        return r;
    }

    public void stop() {
        session.stop();
        stopped = true;
        finished.set(finishedText());
        away.clear();
        refresh();
    }

    /**
     * The plan to offer: the minutes and rounds used last time, and the mode the episode's phase suggests (ice in
     * the first 48 hours, alternating ice-first in the switchover, heat after); without an episode, the last mode.
     * A modality switched off by a safety answer is never suggested.
     */
    public TherapyPlan suggestedPlan() {
        var e = episode.current();
        return PlanSuggestion.suggest(session.lastPlan().orElse(null),
                e == null ? null : e.phaseAt(session.clock().instant()), session.safety(), session.today());
    }

    private String finishedText() {
        if (stopped) {
            return t.get("timer.stopped");
        }
        return ended == null ? "" : t.get("timer.finished", TherapyAdvice.SKIN_CHECK.text(t.locale()));
    }

    /** The therapy bundle in the window's language (the timer's views take their words from it). */
    public Texts texts() {
        return t;
    }

    /** Whether the countdown shows whole minutes (the window is not focused): the ring puts "min" in its caption. */
    public ReadOnlyBooleanProperty minutesOnlyProperty() {
        return minutesOnly.getReadOnlyProperty();
    }

    /** Whether the ticker is subscribed (for tests of the idle cost). */
    public boolean ticking() {
        return ticks.active();
    }

    public Duration remaining() {
        return status.get() == null ? Duration.ZERO : status.get().remaining();
    }

    public ReadOnlyObjectProperty<RunStatus> statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty countdownProperty() { return countdown.getReadOnlyProperty(); }
    public ReadOnlyStringProperty segmentProperty() { return segment.getReadOnlyProperty(); }
    public ReadOnlyStringProperty roundTextProperty() { return roundText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty stageTextProperty() { return stageText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty nextTextProperty() { return nextText.getReadOnlyProperty(); }

    /** For screen readers: changes at most once a minute, and at each change of segment or stage. */
    public ReadOnlyStringProperty accessibleTextProperty() { return accessible.getReadOnlyProperty(); }
    public ReadOnlyStringProperty finishedProperty() { return finished.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<SafetyAnswers> safetyProperty() { return safety.getReadOnlyProperty(); }

    public ObservableList<String> away() {
        return away;
    }

    public EpisodeModel episode() {
        return episode;
    }
}
