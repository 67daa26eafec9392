package org.backspasm.core.stretch;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.backspasm.core.i18n.Messages;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.journal.StretchOutcome;
import org.backspasm.core.journal.StretchSessionRecord;

/**
 * The stretch feature's rules, beside {@code TherapySession}: what is kept (the caution answers, the user's own
 * routines, progression; saved through {@code save} at every change, state section {@code stretch})
 * and the routine being played. Each session is journalled exactly once as a {@link StretchSessionRecord}:
 * completed, stopped, or stopped for pain (with the score when it is given); a completed or pain-stopped session
 * moves the progression on. A pain score given after the stop was already journalled goes in on its own. The
 * journal keeps the routine's and the stretch's names, and where it stopped, in the user's language at the time.
 */
public final class StretchSession {
    private final Clock clock;
    private final StretchContent content;
    private final Consumer<StretchState> save;
    private final List<Consumer<StretchState>> listeners = new CopyOnWriteArrayList<>();
    private final Consumer<JournalEntry> journal;
    private final Supplier<Locale> language;
    private StretchState state;
    private StretchPlayer player;
    private RoutinePlan playing;
    private PlayerPhase stoppedAt;
    private boolean written;

    public StretchSession(Clock clock, StretchContent content, StretchState initial, Consumer<StretchState> save,
            Consumer<JournalEntry> journal) {
        this(clock, content, initial, save, journal, () -> Locale.UK);
    }

    /** @param language the user's language now: the journal's words are written in it */
    public StretchSession(Clock clock, StretchContent content, StretchState initial, Consumer<StretchState> save,
            Consumer<JournalEntry> journal, Supplier<Locale> language) {
        this.language = Objects.requireNonNull(language);
        this.clock = Objects.requireNonNull(clock);
        this.content = Objects.requireNonNull(content);
        this.save = Objects.requireNonNull(save);
        this.journal = Objects.requireNonNull(journal);
        this.state = initial == null ? StretchState.EMPTY : initial;
    }

    public StretchContent content() {
        return content;
    }

    public StretchState state() {
        return state;
    }

    // ---------- what is kept ----------

    /** The user's version of a routine ({@code null}: back to the routine as shipped). */
    public void setRoutine(String routineId, List<RoutineEntry> entries) {
        saveState(state.withRoutine(routineId, entries));
    }

    /** Saves the conditions; the clinician's confirmation is kept only while a recent injury is still ticked. */
    public void saveCautions(Set<Caution> yes) {
        CautionAnswers now = state.cautions();
        boolean ok = now.clinicianOk() && yes.contains(Caution.RECENT_INJURY_OR_SURGERY);
        saveState(state.withCautions(CautionAnswers.answered(yes).withClinicianOk(ok)));
    }

    /** The user's answer to "has a doctor or physiotherapist said exercise is all right?". */
    public void setClinicianOk(boolean ok) {
        saveState(state.withCautions(state.cautions().withClinicianOk(ok)));
    }

    /** The reps a routine entry will play (the user's, or the suggested). */
    public int repsOf(RoutineEntry e) {
        Stretch s = content.stretch(e.stretchId());
        return e.reps() != null ? s.dose().clampReps(e.reps()) : Progression.suggestedReps(s, state.progress());
    }

    /** Called after every change with the state as kept now: the one callback a presentation model follows. */
    public void onChange(Consumer<StretchState> listener) {
        listeners.add(listener);
    }

    private void saveState(StretchState s) {
        state = s;
        save.accept(s);
        listeners.forEach(l -> l.accept(s));
    }

    // ---------- playing ----------

    /** Plays a routine from now (a pain stop still waiting for its score is journalled without one first). */
    public void start(RoutinePlan plan) {
        finishPainRecord();
        playing = plan;
        player = new StretchPlayer(clock, plan.phases());
        written = false;
        stoppedAt = null;
        player.start();
    }

    /** The routine being played (or last played, until {@link #leave()}). */
    public Optional<StretchPlayer> player() {
        return Optional.ofNullable(player);
    }

    public RoutinePlan playingPlan() {
        return playing;
    }

    /** Where a stop for pain happened, or null. */
    public PlayerPhase stoppedAt() {
        return stoppedAt;
    }

    /** True while a routine is running or paused. */
    public boolean active() {
        return player != null && player.state().active();
    }

    /** The player's state at the clock's instant (null when none); a routine that just finished is journalled. */
    public PlayerState observe() {
        if (player == null) {
            return null;
        }
        PlayerState now = player.state();
        if (now.status() == PlayerState.Status.DONE && !written) {
            write(StretchOutcome.COMPLETED, null, player.finishedAt());
        }
        return now;
    }

    /** Ends a running routine without pain (the user had enough, or the app closes): journalled as stopped. */
    public void end() {
        if (active()) {
            player.stop();
            write(StretchOutcome.STOPPED, null, clock.instant());
        }
    }

    /** "This hurts — stop": stops at once and remembers where (returned); the score may follow. */
    public PlayerPhase stopForPain() {
        stoppedAt = player.stop();
        return stoppedAt;
    }

    /** The pain score for the stop: with the session record, or on its own if the stop was already journalled. */
    public void recordPain(int score) {
        if (written) {
            PlayerPhase p = stoppedAt;
            Locale l = language.get();
            Messages m = Messages.of(PhaseText.BUNDLE, l);
            journal.accept(new PainRating(clock.instant(), score, "", p == null ? m.text("journal.painStop")
                    : m.text("journal.painStopDuring", p.stretchName().in(l))));
        } else {
            write(StretchOutcome.STOPPED_FOR_PAIN, score, player.stoppedAt());
        }
    }

    /** Journals a pain stop without its score, if it was not journalled yet. */
    public void finishPainRecord() {
        if (player != null && stoppedAt != null && !written) {
            write(StretchOutcome.STOPPED_FOR_PAIN, null, player.stoppedAt());
        }
    }

    /** Back to choosing: a pain stop without a score is journalled; the player is dropped. */
    public void leave() {
        finishPainRecord();
        player = null;
    }

    private void write(StretchOutcome outcome, Integer score, Instant at) {
        written = true;
        boolean completed = outcome == StretchOutcome.COMPLETED;
        boolean pain = outcome == StretchOutcome.STOPPED_FOR_PAIN;
        PlayerPhase where = completed ? null : stoppedAt != null ? stoppedAt : player.state().phase();
        List<String> done = player.stretchesDone();
        Locale l = language.get();
        journal.accept(new StretchSessionRecord(at, playing.routineId(), playing.routineName().in(l),
                player.startedAt(), outcome, done, where == null ? null : where.stretchName().in(l),
                where == null ? null : PhaseText.where(where, l), score));
        if (pain || completed) {
            LocalDate day = LocalDate.ofInstant(at, clock.getZone());
            saveState(state.withProgress(Progression.afterSession(state.progress(), content, done,
                    completed, pain, day)));
        }
    }
}
