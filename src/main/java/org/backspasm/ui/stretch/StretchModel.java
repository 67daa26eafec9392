package org.backspasm.ui.stretch;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.backspasm.core.stretch.Caution;
import org.backspasm.core.stretch.CautionAnswers;
import org.backspasm.core.stretch.PhaseText;
import org.backspasm.core.stretch.PlayerPhase;
import org.backspasm.core.stretch.PlayerCue;
import org.backspasm.core.stretch.PlayerState;
import org.backspasm.core.stretch.RoutinePlan;
import org.backspasm.core.stretch.StretchContent;
import org.backspasm.core.stretch.StretchPlayer;
import org.backspasm.core.stretch.StretchSession;
import org.backspasm.ui.Navigator;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.TickSubscription;
import org.backspasm.ui.Ticker;
import org.backspasm.ui.alert.Cue;
import org.backspasm.ui.text.Lang;

/**
 * The stretch screen's presentation model: which page shows, which routine is chosen and its plan, the player's
 * state at the clock's instant, and the stop-for-pain page. The rules (what is kept, what is journalled, progression)
 * are the {@link StretchSession}'s. The view binds to the read-only properties and calls the commands. The Ticker
 * is subscribed only while the player runs.
 */
public final class StretchModel {
    /** What the screen shows. */
    public enum Page { CHOOSE, CAUTIONS, INJURY, PLAYING, PAIN, ERROR }

    private final StretchLibrary library;
    private final StretchSession session;
    private final Consumer<Cue> cues;
    private final Navigator navigator;
    private final RoutineModel routines;
    private final TickSubscription ticks;
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(Page.CHOOSE);
    private final ReadOnlyObjectWrapper<PlayerState> playerState = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PlayerTexts> playerTexts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PlayerPhase> stoppedAt = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Integer> painScore = new ReadOnlyObjectWrapper<>();
    private final Lang lang;
    private StretchPlayer player;

    /**
     * @param session  the rules and what is kept; null when the content could not be loaded
     * @param problems where a problem is reported to the user
     * @param lang     the language the player's words are in (they are written again when it changes)
     */
    public StretchModel(StretchLibrary library, StretchSession session, Ticker ticker, Consumer<Cue> cues,
            Navigator navigator, Consumer<String> problems, Lang lang) {
        this.library = library;
        this.lang = lang;
        playerState.addListener((o, a, s) -> writePlayerTexts());
        lang.localeProperty().addListener((o, a, l) -> writePlayerTexts());
        this.session = session;
        this.cues = cues;
        this.navigator = navigator;
        this.routines = new RoutineModel(library.ok() ? session : null);
        this.ticks = TickSubscription.seconds(ticker, this::refresh);
        if (!library.ok() || session == null) {
            page.set(Page.ERROR);
            problems.accept(lang.texts(PhaseText.BUNDLE).get("problem.notice"));
            return;
        }
        routines.choose(library.content().routines().get(0));
    }

    private void writePlayerTexts() {
        PlayerState s = playerState.get();
        playerTexts.set(s == null ? null : PlayerTexts.of(s, playingPlan(), phases(), lang.locale()));
    }

    public StretchLibrary library() { return library; }
    public Lang lang() { return lang; }
    public StretchContent content() { return library.content(); }

    /** The routine page's model: the chosen routine, its rows and edits, the caution answers. */
    public RoutineModel routines() { return routines; }

    /** Starts the chosen routine; the caution question comes first if it was never answered. */
    public void start() {
        RoutinePlan plan = routines.planProperty().get();
        if (page.get() == Page.ERROR || plan == null || plan.stretches().isEmpty()) {
            return;
        }
        CautionAnswers cautions = routines.stateProperty().get().cautions();
        if (!cautions.asked()) {
            page.set(Page.CAUTIONS);
            return;
        }
        if (cautions.needsClinicianOk()) {
            page.set(Page.INJURY);
            return;
        }
        session.start(plan);
        player = session.player().orElseThrow();
        stoppedAt.set(null);
        painScore.set(null);
        page.set(Page.PLAYING);
        cues.accept(Cue.STEP);
        playerState.set(player.state());
        syncTicker();
    }

    /** After answering the caution question: back to the routine list, which now shows what changed. */
    public void cautionsAnswered(Set<Caution> yes) {
        routines.saveCautions(yes);
        page.set(Page.CHOOSE);
    }

    public void togglePause() {
        if (player == null) {
            return;
        }
        player.togglePause();
        refresh();
    }

    public void next() { move(StretchPlayer::next); }
    public void previous() { move(StretchPlayer::previous); }
    public void skipStretch() { move(StretchPlayer::skipStretch); }

    private void move(java.util.function.Consumer<StretchPlayer> how) {
        if (player == null || !player.state().active()) {
            return;
        }
        how.accept(player);
        refresh();
    }

    /** Reads the clock and updates the state; cues each change; journals the end. */
    public void refresh() {
        if (player == null) {
            return;
        }
        PlayerState before = playerState.get();
        PlayerState now = session.observe();
        playerState.set(now);
        PlayerCue.between(before, now).ifPresent(c -> cues.accept(Cue.of(c)));
        syncTicker();
    }

    private void syncTicker() {
        ticks.want(player != null && player.state().status() == PlayerState.Status.RUNNING
                && page.get() == Page.PLAYING);
    }

    public boolean tickerSubscribed() { return ticks.active(); }

    /** Ends the routine without pain (the user had enough); journalled as stopped. */
    public void end() {
        endSession();
        leavePlayer();
    }

    /** "This hurts — stop": stops at once and remembers where; the score is asked next. */
    public void stopForPain() {
        if (player == null || !player.state().active()) {
            return;
        }
        stoppedAt.set(session.stopForPain());
        playerState.set(player.state());
        painScore.set(null);
        page.set(Page.PAIN);
        syncTicker();
    }

    /** Records the pain score for the stop (once); the session is journalled as stopped for pain. */
    public void recordPain(int score) {
        if (page.get() != Page.PAIN || painScore.get() != null) {
            return;
        }
        painScore.set(score);
        session.recordPain(score);
    }

    private void finishPainRecord() {
        if (player != null) {
            session.finishPainRecord();
        }
    }

    private void endSession() {
        if (player != null) {
            session.end();
        }
    }

    public void checkWarningSigns() {
        finishPainRecord();
        navigator.show(ScreenId.WARNING_SIGNS);
    }

    /** Back to the routine list (journalling a pain stop without a score if none was given). */
    public void leavePlayer() {
        session.leave();
        player = null;
        playerState.set(null);
        page.set(Page.CHOOSE);
        syncTicker();
    }

    public void cancelCautions() { page.set(Page.CHOOSE); }

    /** On the injury page: a clinician has said exercise is all right; saved, and the routine starts. */
    public void confirmClinicianOkAndStart() {
        routines.setClinicianOk(true);
        start();
    }

    /** On the injury page: not yet; back to the routine list without starting. */
    public void injuryNotYet() { page.set(Page.CHOOSE); }

    /** On the injury page: go to the warning-sign check first. */
    public void injuryCheckSigns() {
        page.set(Page.CHOOSE);
        checkWarningSigns();
    }

    /**
     * The app is closing: a routine in progress is journalled as stopped (a pain stop without its score as a pain
     * stop), so closing the window never loses a session.
     */
    public void appClosing() {
        if (page.get() == Page.PAIN) {
            finishPainRecord();
        } else {
            endSession();
        }
    }

    /** The screen was hidden: a running routine pauses, and nothing ticks. */
    public void hidden() {
        if (page.get() == Page.PAIN) {
            finishPainRecord(); // a stop is journalled even if the score is never given
        }
        if (player != null && player.state().status() == PlayerState.Status.RUNNING) {
            player.pause();
            refresh();
        }
        syncTicker();
    }

    public ReadOnlyObjectProperty<Page> pageProperty() { return page.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<PlayerState> playerStateProperty() { return playerState.getReadOnlyProperty(); }
    /** Every word the player shows now (null when no routine is being played). */
    public ReadOnlyObjectProperty<PlayerTexts> playerTextsProperty() { return playerTexts.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<PlayerPhase> stoppedAtProperty() { return stoppedAt.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Integer> painScoreProperty() { return painScore.getReadOnlyProperty(); }

    /** The phases being played (for "what comes next"). */
    public List<PlayerPhase> phases() { return player == null ? List.of() : player.phases(); }
    public RoutinePlan playingPlan() { return session.playingPlan(); }
}
