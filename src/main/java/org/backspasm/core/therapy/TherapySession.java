package org.backspasm.core.therapy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.SegmentOutcome;
import org.backspasm.core.journal.TherapySegmentRecord;

/**
 * The ice/heat session and its commands (start, pause, resume, next, stop). The state is saved through
 * {@code save} at every change (state section {@code therapy}); each finished or stopped segment is journalled
 * ({@link org.backspasm.core.journal.TherapySegmentRecord}). The state at any moment is computed from stored
 * instants via {@link #observe()}, which also notices a clock set back, a return after a gap, and alerts that are due. A pack
 * cannot be paused (it comes off instead); a skin break can. Alerts come from {@link AlarmSchedule}: what was due
 * up to the last instant seen (saved with the run) is never raised again, so a restart neither loses nor repeats one.
 */
public final class TherapySession {
    /** A gap between two observations longer than this means the app was closed, asleep or not looking. */
    public static final Duration AWAY_GAP = Duration.ofSeconds(60);
    /** How often the last-seen instant is saved while nothing else changes (with a wake every 30 s: each minute). */
    static final Duration SEEN_SAVE_EVERY = Duration.ofSeconds(45);
    /** "Until I stop": a skin check and the question whether to go on after every this many rounds. */
    public static final int SKIN_CHECK_EVERY_ROUNDS = 3;

    /** What the next command ("N") does in the current stage. */
    public enum NextAction { SKIP_PACK, PACK_OFF, END_BREAK_EARLY, START_NEXT, SKIN_CHECK }

    /** The result of {@link #next(boolean)}. */
    public enum NextResult { MOVED, NEEDS_CONFIRMATION, FINISHED, NOTHING }

    /** One look at the session: its status (null when none runs), messages after a gap, an alert to raise. */
    public record Observation(RunStatus status, List<String> away, BoundaryAlert alert) { }

    private final Clock clock;
    private final Consumer<TherapyState> save;
    private final List<Consumer<TherapyState>> listeners = new CopyOnWriteArrayList<>();
    private final Consumer<JournalEntry> journal;
    private final List<java.util.function.Function<java.util.Locale, String>> notices = new ArrayList<>();
    /** The language the session's alerts and notices are said in (the window's; English until told). */
    private volatile java.util.Locale language = java.util.Locale.UK;
    private final JumpWatch jumps;
    private TherapyState state;
    private Instant lastObserved;
    /** True until the first look in this process: how much time passed since the run was saved is unknown. */
    private boolean fromDisk;

    public TherapySession(Clock clock, TherapyState initial, Consumer<TherapyState> save, Consumer<JournalEntry> journal) {
        this(clock, null, initial, save, journal);
    }

    /** With a monotonic time source, a wall-clock jump while the app runs is measured exactly (see {@link #clockMoved}). */
    public TherapySession(Clock clock, LongSupplier monotonicNanos, TherapyState initial, Consumer<TherapyState> save,
            Consumer<JournalEntry> journal) {
        this(clock, monotonicNanos, null, initial, save, journal);
    }

    /**
     * With a boot-time clock too ({@code bootNanos}, negative when unreadable; Linux counts suspended time in it), a
     * suspend is told from a clock change: after a sleep only the away report shows.
     */
    public TherapySession(Clock clock, LongSupplier monotonicNanos, LongSupplier bootNanos, TherapyState initial,
            Consumer<TherapyState> save, Consumer<JournalEntry> journal) {
        this.clock = Objects.requireNonNull(clock);
        this.jumps = new JumpWatch(monotonicNanos, bootNanos);
        this.save = Objects.requireNonNull(save);
        this.journal = Objects.requireNonNull(journal);
        this.state = initial == null ? TherapyState.EMPTY : initial;
        this.lastObserved = state.run() == null ? null : state.run().lastSeen();
        this.fromDisk = state.run() != null;
        LegacyPause.Resolved legacy = LegacyPause.resolve(state.run(), clock.getZone());
        if (legacy != null) { // a pack paused on the skin by an older version: taken off at the pause instant
            journal.accept(legacy.record());
            notices.add(legacy.notice());
            setRun(legacy.run());
        }
    }

    public Clock clock() { return clock; }

    /** The language of the alerts and notices from now on (the window's). */
    public void speakIn(java.util.Locale locale) {
        this.language = Objects.requireNonNull(locale);
    }

    public TherapyState state() { return state; }

    public Optional<TherapyRun> run() { return Optional.ofNullable(state.run()); }

    public boolean running() { return state.run() != null; }

    public SafetyAnswers safety() { return state.safety(); }

    public Optional<TherapyPlan> lastPlan() { return Optional.ofNullable(state.lastPlan()); }

    /** The status now (after allowing for a clock set back), or empty when no session runs. Raises nothing. */
    public Optional<RunStatus> status() {
        Instant now = clock.instant();
        rebase(now);
        return run().map(r -> r.statusAt(now));
    }

    /**
     * Looks at the session now: rebases after a clock set back, reports what happened after a gap (restart, sleep),
     * and returns the alert due now if it was not raised yet. After a gap that crossed a boundary the alert is one,
     * and its text is what happened meanwhile.
     */
    public Observation observe() {
        Instant now = clock.instant();
        rebase(now);
        TherapyRun r = state.run();
        java.util.Locale l = language;
        List<String> away = new ArrayList<>(notices.stream().map(n -> n.apply(l)).toList());
        notices.clear();
        if (r == null) {
            lastObserved = now;
            return new Observation(null, away, null);
        }
        RunStatus s = r.statusAt(now);
        Instant handled = handledThrough(r);
        List<String> report = Duration.between(handled, now).compareTo(AWAY_GAP) > 0
                ? AwayReport.describe(s, now, clock.getZone(), l) : List.of();
        away.addAll(report);
        lastObserved = now;
        int n = AlarmSchedule.latestDue(s, handled, now);
        BoundaryAlert alert = null;
        if (n >= 0) {
            alert = BoundaryAlerts.of(s, n, r.sessionStart() + ":" + s.index(), l);
            if (!report.isEmpty()) {
                alert = new BoundaryAlert(alert.kind(), alert.title(), String.join(" ", report), alert.key());
            }
            setRun(r.seen(now)); // saved at once: a restart does not raise it again
        } else if (Duration.between(r.lastSeen(), now).compareTo(SEEN_SAVE_EVERY) >= 0) {
            setRun(r.seen(now));
        }
        return new Observation(s, away, alert);
    }

    /** The next instant something is due (now, if an alert is waiting to be raised), or empty. */
    public Optional<Instant> nextDue() {
        Instant now = clock.instant();
        rebase(now);
        TherapyRun r = state.run();
        if (r == null) {
            return Optional.empty();
        }
        RunStatus s = r.statusAt(now);
        if (AlarmSchedule.latestDue(s, handledThrough(r), now) >= 0) {
            return Optional.of(now);
        }
        return Optional.ofNullable(AlarmSchedule.nextDue(s, now));
    }

    /**
     * The wall clock moved by {@code jump} more than the time that really passed (a monotonic timer measured it).
     * Back: every stored instant moves with it (no time added to a pack). Forward: they stay. The user is told.
     */
    public void clockMoved(Duration jump) {
        if (jump.abs().compareTo(ClockNotice.THRESHOLD) < 0) {
            return;
        }
        TherapyRun r = state.run();
        if (jump.isNegative()) {
            if (lastObserved != null) {
                lastObserved = lastObserved.plus(jump);
            }
            if (r != null) {
                setRun(r.shifted(jump));
                notices.add(ClockNotice.setBack(jump.negated()));
            }
        } else if (r != null) {
            notices.add(ClockNotice.movedForward(jump));
        }
    }

    public void start(TherapyPlan plan) {
        Objects.requireNonNull(plan);
        if (running()) {
            throw new IllegalStateException("A session is already running.");
        }
        for (Modality m : Modality.values()) {
            if (plan.uses(m) && state.safety().blockedOn(m, today())) {
                throw new IllegalStateException(m.label() + " is switched off by your safety answers.");
            }
        }
        Instant now = clock.instant();
        state = state.withLastPlan(plan);
        lastObserved = now;
        fromDisk = false;
        notices.clear();
        setRun(TherapyRun.start(plan, now));
    }

    /** Pauses a skin break (a longer break is safe). A pack is never paused: it comes off with {@link #next}. */
    public void pause() {
        Instant now = clock.instant();
        rebase(now);
        TherapyRun r = state.run();
        if (r != null && !r.kind().isApply() && r.statusAt(now).stage() == SegmentStage.COUNTING) {
            setRun(r.pause(now));
        }
    }

    public void resume() {
        Instant now = clock.instant();
        rebase(now);
        TherapyRun r = state.run();
        if (r != null && r.paused()) {
            setRun(r.resume(now));
        }
    }

    /** Space: pause when a skin break is counting, resume when paused. */
    public void togglePause() {
        if (run().map(TherapyRun::paused).orElse(false)) {
            resume();
        } else {
            pause();
        }
    }

    public Optional<NextAction> nextAction() {
        return status().map(NextStep::action);
    }

    /**
     * Moves to the next segment: a pack comes off (early, with the true time on the skin recorded, or confirmed off
     * once due), a skin break ends (early only when {@code confirmed}; the confirmation is recorded), or the next
     * round starts (after every third round of "until I stop", only when {@code confirmed}: the skin check).
     */
    public NextResult next(boolean confirmed) {
        Instant now = clock.instant();
        rebase(now);
        return state.run() == null ? NextResult.NOTHING : apply(NextStep.next(state.run(), now, confirmed, language));
    }

    /** Stops the session; the current segment is journalled (completed if its time was up, else stopped early). */
    public void stop() {
        Instant now = clock.instant();
        rebase(now);
        if (state.run() != null) {
            apply(NextStep.stop(state.run(), now, language));
        }
    }

    private NextResult apply(NextStep.Outcome o) {
        if (o.record() != null) {
            journal.accept(o.record());
        }
        if (o.changed()) {
            setRun(o.run());
        }
        return o.result();
    }

    /** Records a safety answer (yes blocks the modality, no clears it for this episode). */
    public void answerSafety(Modality m, boolean cautionApplies, String episodeKey) {
        setSafety(state.safety().answer(m, cautionApplies, episodeKey));
    }

    /** The drowsiness question, asked at every heat start: yes switches heat off for today (false undoes it). */
    public void setHeatOffToday(boolean off) {
        setSafety(state.safety().withHeatOffOn(off ? today() : null));
    }

    /** The Settings switch for a modality's caution. */
    public void setConcern(Modality m, boolean cautionApplies) {
        setSafety(state.safety().withConcern(m, cautionApplies));
    }

    private void setSafety(SafetyAnswers a) {
        state = state.withSafety(a);
        keep();
    }

    /** Called after every change with the state as kept now: the one callback a presentation model follows. */
    public void onChange(Consumer<TherapyState> listener) {
        listeners.add(listener);
    }

    private void keep() {
        save.accept(state);
        listeners.forEach(l -> l.accept(state));
    }

    /** Today's date on the injected clock (the one place the app works it out for ice and heat). */
    public java.time.LocalDate today() {
        return clock.instant().atZone(clock.getZone()).toLocalDate();
    }

    private void rebase(Instant now) {
        clockMoved(jumps.measure(now));
        TherapyRun r = state.run();
        boolean unknownGap = fromDisk;
        fromDisk = false;
        if (r != null) {
            if (lastObserved != null && lastObserved.isAfter(r.lastSeen())) {
                r = r.seen(lastObserved); // the last instant seen in memory is newer than the saved one
            }
            ClockRebase.Rebased moved = ClockRebase.ifClockWentBack(r, now, unknownGap);
            if (moved != null) {
                if (moved.notice() != null) {
                    notices.add(moved.notice());
                }
                lastObserved = moved.run().lastSeen();
                setRun(moved.run());
            }
        } else if (lastObserved != null && now.isBefore(lastObserved)) {
            lastObserved = now;
        }
    }

    /** Everything due up to this instant was dealt with: the later of the last look and the saved last-seen. */
    private Instant handledThrough(TherapyRun r) {
        return lastObserved == null || r.lastSeen().isAfter(lastObserved) ? r.lastSeen() : lastObserved;
    }

    private void setRun(TherapyRun r) {
        state = state.withRun(r);
        keep();
    }
}
