package org.backspasm.ui.stretch;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.backspasm.core.stretch.Caution;
import org.backspasm.core.stretch.Phase;
import org.backspasm.core.stretch.PlayerCue;
import org.backspasm.core.stretch.PlayerState;
import org.backspasm.core.stretch.Routine;
import org.backspasm.core.stretch.RoutineEditing;
import org.backspasm.core.stretch.RoutineEntry;
import org.backspasm.core.stretch.RoutinePlan;
import org.backspasm.core.stretch.RoutinePlanner;
import org.backspasm.core.stretch.StretchContent;
import org.backspasm.core.stretch.StretchPlayer;
import org.backspasm.core.stretch.StretchSession;
import org.backspasm.core.stretch.StretchState;
import org.backspasm.ui.Navigator;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.Ticker;
import org.backspasm.ui.alert.Cue;

/**
 * The stretch screen's presentation model: which page shows, which routine is chosen and its plan, the player's
 * state at the clock's instant, and the stop-for-pain page. The rules (what is kept, what is journalled, progression)
 * are the {@link StretchSession}'s. The view binds to the read-only properties and calls the commands. The Ticker
 * is subscribed only while the player runs.
 */
public final class StretchModel {
    /** What the screen shows. */
    public enum Mode { CHOOSE, CAUTIONS, INJURY, PLAYING, PAIN, ERROR }

    private final StretchLibrary library;
    private final StretchSession session;
    private final Ticker ticker;
    private final Consumer<Cue> cues;
    private final Navigator navigator;
    private final RoutinePlanner planner;
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.CHOOSE);
    private final ReadOnlyObjectWrapper<StretchState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Routine> routine = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<RoutineEntry>> entries = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<RoutinePlan> plan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PlayerState> playerState = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Phase> stoppedAt = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Integer> painScore = new ReadOnlyObjectWrapper<>();
    private StretchPlayer player;
    private Runnable unsubscribe;

    /**
     * @param session  the rules and what is kept; null when the content could not be loaded
     * @param problems where a problem is reported to the user
     */
    public StretchModel(StretchLibrary library, StretchSession session, Ticker ticker, Consumer<Cue> cues,
            Navigator navigator, Consumer<String> problems) {
        this.library = library;
        this.session = session;
        this.ticker = ticker;
        this.cues = cues;
        this.navigator = navigator;
        this.planner = library.ok() ? new RoutinePlanner(library.content()) : null;
        state.set(session == null ? StretchState.EMPTY : session.state());
        if (!library.ok() || session == null) {
            mode.set(Mode.ERROR);
            problems.accept("The stretch content could not be loaded, so the stretches are unavailable. "
                    + (library.ok() ? "" : library.problem().getMessage()));
            return;
        }
        choose(library.content().routines().get(0));
    }

    public StretchLibrary library() {
        return library;
    }

    public StretchContent content() {
        return library.content();
    }

    // ---------- choosing and editing a routine ----------

    public void choose(Routine r) {
        routine.set(r);
        replan();
    }

    /** Chooses the routine before (-1) or after (+1) the current one in the list. */
    public void chooseNext(int by) {
        List<Routine> all = content().routines();
        int i = all.indexOf(routine.get());
        choose(all.get(Math.floorMod(i + by, all.size())));
    }

    private void replan() {
        Routine r = routine.get();
        if (r == null || planner == null) {
            return;
        }
        entries.set(planner.entries(r, state.get()));
        plan.set(planner.plan(r, state.get()));
    }

    /** Shows what the session keeps now, if it changed. */
    private void syncState() {
        if (session.state() != state.get()) {
            state.set(session.state());
            replan();
        }
    }

    private void saveEntries(List<RoutineEntry> e) {
        session.setRoutine(routine.get().id(), e);
        syncState();
    }

    public void moveEntry(int index, int by) {
        saveEntries(RoutineEditing.move(entries.get(), index, by));
    }

    public void removeEntry(int index) {
        saveEntries(RoutineEditing.remove(entries.get(), index));
    }

    public void addStretch(String stretchId) {
        saveEntries(RoutineEditing.add(entries.get(), content().stretch(stretchId)));
    }

    public void setReps(int index, int reps) {
        String id = entries.get().get(index).stretchId();
        saveEntries(RoutineEditing.setReps(entries.get(), index, content().stretch(id), reps));
    }

    public void resetRoutine() {
        saveEntries(null);
    }

    /** The reps a routine entry will play (the user's, or the suggested). */
    public int repsOf(RoutineEntry e) {
        return session.repsOf(e);
    }

    /** Saves the conditions; the clinician's confirmation is kept only while a recent injury is still ticked. */
    public void saveCautions(Set<Caution> yes) {
        session.saveCautions(yes);
        syncState();
    }

    /** The user's answer to "has a doctor or physiotherapist said exercise is all right?" (also in Settings). */
    public void setClinicianOk(boolean ok) {
        session.setClinicianOk(ok);
        syncState();
    }

    // ---------- playing ----------

    /** Starts the chosen routine; the caution question comes first if it was never answered. */
    public void start() {
        if (mode.get() == Mode.ERROR || plan.get() == null || plan.get().stretches().isEmpty()) {
            return;
        }
        if (!state.get().cautions().asked()) {
            mode.set(Mode.CAUTIONS);
            return;
        }
        if (state.get().cautions().needsClinicianOk()) {
            mode.set(Mode.INJURY);
            return;
        }
        session.start(plan.get());
        syncState();
        player = session.player().orElseThrow();
        stoppedAt.set(null);
        painScore.set(null);
        mode.set(Mode.PLAYING);
        cues.accept(Cue.STEP);
        playerState.set(player.state());
        syncTicker();
    }

    /** After answering the caution question: back to the routine list, which now shows what changed. */
    public void cautionsAnswered(Set<Caution> yes) {
        saveCautions(yes);
        mode.set(Mode.CHOOSE);
    }

    public void togglePause() {
        if (player == null) {
            return;
        }
        player.togglePause();
        refresh();
    }

    public void pause() {
        if (player != null) {
            player.pause();
            refresh();
        }
    }

    public void next() {
        move(StretchPlayer::next);
    }

    public void previous() {
        move(StretchPlayer::previous);
    }

    public void skipStretch() {
        move(StretchPlayer::skipStretch);
    }

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
        PlayerCue.between(before, now).ifPresent(c -> cues.accept(cue(c)));
        syncState();
        syncTicker();
    }

    private static Cue cue(PlayerCue c) {
        return switch (c) {
            case STEP -> Cue.STEP;
            case SWITCH_SIDES -> Cue.SWITCH_SIDES;
            case HOLD_DONE -> Cue.HOLD_DONE;
            case STRETCH_DONE -> Cue.STRETCH_DONE;
        };
    }

    private void syncTicker() {
        boolean running = player != null && player.state().status() == PlayerState.Status.RUNNING
                && mode.get() == Mode.PLAYING;
        if (running && unsubscribe == null) {
            unsubscribe = ticker.subscribe(this::refresh);
        } else if (!running && unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }

    public boolean tickerSubscribed() {
        return unsubscribe != null;
    }

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
        mode.set(Mode.PAIN);
        syncTicker();
    }

    /** Records the pain score for the stop (once); the session is journalled as stopped for pain. */
    public void recordPain(int score) {
        if (mode.get() != Mode.PAIN || painScore.get() != null) {
            return;
        }
        painScore.set(score);
        session.recordPain(score);
        syncState();
    }

    private void finishPainRecord() {
        session.finishPainRecord();
        syncState();
    }

    private void endSession() {
        session.end();
        syncState();
    }

    public void checkWarningSigns() {
        finishPainRecord();
        navigator.show(ScreenId.WARNING_SIGNS);
    }

    /** Back to the routine list (journalling a pain stop without a score if none was given). */
    public void leavePlayer() {
        session.leave();
        syncState();
        player = null;
        playerState.set(null);
        mode.set(Mode.CHOOSE);
        syncTicker();
    }

    public void cancelCautions() {
        mode.set(Mode.CHOOSE);
    }

    /** On the injury page: a clinician has said exercise is all right; saved, and the routine starts. */
    public void confirmClinicianOkAndStart() {
        setClinicianOk(true);
        start();
    }

    /** On the injury page: not yet; back to the routine list without starting. */
    public void injuryNotYet() {
        mode.set(Mode.CHOOSE);
    }

    /** On the injury page: go to the warning-sign check first. */
    public void injuryCheckSigns() {
        mode.set(Mode.CHOOSE);
        checkWarningSigns();
    }

    /**
     * The app is closing: a routine in progress is journalled as stopped (a pain stop without its score as a pain
     * stop), so closing the window never loses a session.
     */
    public void appClosing() {
        if (mode.get() == Mode.PAIN) {
            finishPainRecord();
        } else {
            endSession();
        }
    }

    /** The screen was hidden: a running routine pauses, and nothing ticks. */
    public void hidden() {
        if (mode.get() == Mode.PAIN) {
            finishPainRecord(); // a stop is journalled even if the score is never given
        }
        if (player != null && player.state().status() == PlayerState.Status.RUNNING) {
            player.pause();
            refresh();
        }
        syncTicker();
    }

    // ---------- properties ----------

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StretchState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Routine> routineProperty() {
        return routine.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<RoutineEntry>> entriesProperty() {
        return entries.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RoutinePlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlayerState> playerStateProperty() {
        return playerState.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phase> stoppedAtProperty() {
        return stoppedAt.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integer> painScoreProperty() {
        return painScore.getReadOnlyProperty();
    }

    /** The phases being played (for "what comes next"). */
    public List<Phase> phases() {
        return player == null ? List.of() : player.phases();
    }

    public RoutinePlan playingPlan() {
        return session.playingPlan();
    }
}
