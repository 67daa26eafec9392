package org.backspasm.ui.stretch;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.journal.StretchOutcome;
import org.backspasm.core.journal.StretchSessionRecord;
import org.backspasm.core.stretch.CautionAnswers;
import org.backspasm.core.stretch.Caution;
import org.backspasm.core.stretch.Phase;
import org.backspasm.core.stretch.PlayerCue;
import org.backspasm.core.stretch.PlayerState;
import org.backspasm.core.stretch.Progression;
import org.backspasm.core.stretch.Routine;
import org.backspasm.core.stretch.RoutineEditing;
import org.backspasm.core.stretch.RoutineEntry;
import org.backspasm.core.stretch.RoutinePlan;
import org.backspasm.core.stretch.RoutinePlanner;
import org.backspasm.core.stretch.StretchContent;
import org.backspasm.core.stretch.StretchPlayer;
import org.backspasm.core.stretch.StretchState;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.UiContext;
import org.backspasm.ui.alert.Cue;

/**
 * The stretch screen's presentation model: which routine is chosen (and the user's version of it), the caution
 * answers, the player and its state at the clock's instant, and the stop-for-pain record. The view binds to the
 * read-only properties and calls the commands. The Ticker is subscribed only while the player runs.
 */
public final class StretchModel {
    /** What the screen shows. */
    public enum Mode { CHOOSE, CAUTIONS, INJURY, PLAYING, PAIN, ERROR }

    static final StretchOutcome SESSION_OUTCOME_DONE = StretchOutcome.COMPLETED;
    static final StretchOutcome SESSION_OUTCOME_STOPPED = StretchOutcome.STOPPED;
    static final StretchOutcome SESSION_OUTCOME_PAIN = StretchOutcome.STOPPED_FOR_PAIN;

    private final UiContext ctx;
    private final StretchLibrary library;
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
    private RoutinePlan playing;
    private Runnable unsubscribe;
    private boolean sessionWritten;

    public StretchModel(UiContext ctx, StretchLibrary library) {
        this.ctx = ctx;
        this.library = library;
        this.planner = library.ok() ? new RoutinePlanner(library.content()) : null;
        state.set(ctx.state().get(StretchState.SECTION, StretchState.class, StretchState.EMPTY));
        if (!library.ok()) {
            mode.set(Mode.ERROR);
            ctx.notices().report("The stretches could not be loaded, so they are unavailable for now. "
                    + "The Stretches screen has the details.");
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

    private void saveState(StretchState s) {
        state.set(s);
        ctx.state().put(StretchState.SECTION, s);
        replan();
    }

    private void saveEntries(List<RoutineEntry> e) {
        saveState(state.get().withRoutine(routine.get().id(), e));
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
        saveState(state.get().withRoutine(routine.get().id(), null));
    }

    /** The reps a routine entry will play (the user's, or the suggested). */
    public int repsOf(RoutineEntry e) {
        return e.reps() != null ? content().stretch(e.stretchId()).dose().clampReps(e.reps())
                : Progression.suggestedReps(content().stretch(e.stretchId()), state.get().progress());
    }

    /** Saves the conditions; the clinician's confirmation is kept only while a recent injury is still ticked. */
    public void saveCautions(Set<Caution> yes) {
        CautionAnswers now = state.get().cautions();
        boolean ok = now.clinicianOk() && yes.contains(Caution.RECENT_INJURY_OR_SURGERY);
        saveState(state.get().withCautions(CautionAnswers.answered(yes).withClinicianOk(ok)));
    }

    /** The user's answer to "has a doctor or physiotherapist said exercise is all right?" (also in Settings). */
    public void setClinicianOk(boolean ok) {
        saveState(state.get().withCautions(state.get().cautions().withClinicianOk(ok)));
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
        finishPainRecord();
        playing = plan.get();
        player = new StretchPlayer(ctx.clock(), playing.phases());
        sessionWritten = false;
        stoppedAt.set(null);
        painScore.set(null);
        mode.set(Mode.PLAYING);
        player.start();
        ctx.alerter().cue(Cue.STEP);
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
        PlayerState now = player.state();
        playerState.set(now);
        PlayerCue.between(before, now).ifPresent(c -> ctx.alerter().cue(cue(c)));
        if (now.status() == PlayerState.Status.DONE && !sessionWritten) {
            writeSession(SESSION_OUTCOME_DONE, null, player.finishedAt());
        }
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
            unsubscribe = ctx.ticker().subscribe(this::refresh);
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
        if (player != null && player.state().active()) {
            player.stop();
            writeSession(SESSION_OUTCOME_STOPPED, null, ctx.clock().instant());
        }
        leavePlayer();
    }

    /** "This hurts — stop": stops at once and remembers where; the score is asked next. */
    public void stopForPain() {
        if (player == null || !player.state().active()) {
            return;
        }
        stoppedAt.set(player.stop());
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
        if (sessionWritten) {
            // the stop was already journalled (the user left the screen first): the score goes in on its own
            Phase p = stoppedAt.get();
            ctx.journal().append(new PainRating(ctx.clock().instant(), score, "",
                    "Stopped stretches" + (p == null ? "" : " during " + p.stretchName())));
        } else {
            writeSession(SESSION_OUTCOME_PAIN, score, player.stoppedAt());
        }
    }

    private void finishPainRecord() {
        if (player != null && stoppedAt.get() != null && !sessionWritten) {
            writeSession(SESSION_OUTCOME_PAIN, null, player.stoppedAt());
        }
    }

    public void checkWarningSigns() {
        finishPainRecord();
        ctx.navigator().show(ScreenId.WARNING_SIGNS);
    }

    /** Back to the routine list (journalling a pain stop without a score if none was given). */
    public void leavePlayer() {
        finishPainRecord();
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

    private void writeSession(StretchOutcome outcome, Integer score, java.time.Instant at) {
        sessionWritten = true;
        Phase where = SESSION_OUTCOME_DONE.equals(outcome) ? null : stoppedAt.get() != null ? stoppedAt.get()
                : player.state().phase();
        List<String> done = player.stretchesDone();
        ctx.journal().append(new StretchSessionRecord(at, playing.routineId(), playing.routineName(),
                player.startedAt(), outcome, done, where == null ? null : where.stretchName(),
                where == null ? null : PhaseText.where(where), score));
        boolean pain = SESSION_OUTCOME_PAIN.equals(outcome);
        boolean completed = SESSION_OUTCOME_DONE.equals(outcome);
        if (pain || completed) {
            LocalDate day = LocalDate.ofInstant(at, ctx.clock().getZone());
            saveState(state.get().withProgress(Progression.afterSession(state.get().progress(), content(), done,
                    completed, pain, day)));
        }
    }

    /**
     * The app is closing: a routine in progress is journalled as stopped (a pain stop without its score as a pain
     * stop), so closing the window never loses a session.
     */
    public void appClosing() {
        if (mode.get() == Mode.PAIN) {
            finishPainRecord();
        } else if (player != null && player.state().active()) {
            player.stop();
            writeSession(SESSION_OUTCOME_STOPPED, null, ctx.clock().instant());
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
        return playing;
    }
}
