package org.backspasm.core.therapy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.SegmentOutcome;
import org.backspasm.core.journal.TherapySegmentRecord;

/**
 * The ice/heat session and its commands (start, pause, resume, next, stop). The state is saved through
 * {@code save} at every change (state section {@value #SECTION}); each finished or stopped segment is journalled
 * as a {@link TherapySegmentRecord}. The state at any moment is computed from stored instants via
 * {@link #observe()}, which also notices a clock set back, a return after a gap, and alerts that are due.
 */
public final class TherapySession {
    public static final String SECTION = "therapy";
    /** A gap between two observations longer than this means the app was closed, asleep or minimised. */
    public static final Duration AWAY_GAP = Duration.ofSeconds(60);
    /** How often the last-seen instant is saved while nothing else changes. */
    static final Duration SEEN_SAVE_EVERY = Duration.ofSeconds(60);

    /** What the next command ("N") does in the current stage. */
    public enum NextAction { SKIP_PACK, PACK_OFF, END_BREAK_EARLY, START_NEXT }

    /** The result of {@link #next(boolean)}. */
    public enum NextResult { MOVED, NEEDS_CONFIRMATION, FINISHED, NOTHING }

    /** One look at the session: its status (null when none runs), messages after a gap, an alert to raise. */
    public record Observation(RunStatus status, List<String> away, BoundaryAlert alert) {
    }

    private final Clock clock;
    private final Consumer<TherapyState> save;
    private final Consumer<JournalEntry> journal;
    private TherapyState state;
    private Instant lastObserved;
    private String lastAlertKey;

    public TherapySession(Clock clock, TherapyState initial, Consumer<TherapyState> save, Consumer<JournalEntry> journal) {
        this.clock = Objects.requireNonNull(clock);
        this.save = Objects.requireNonNull(save);
        this.journal = Objects.requireNonNull(journal);
        this.state = initial == null ? TherapyState.EMPTY : initial;
        this.lastObserved = state.run() == null ? null : state.run().lastSeen();
    }

    public Clock clock() {
        return clock;
    }

    public TherapyState state() {
        return state;
    }

    public Optional<TherapyRun> run() {
        return Optional.ofNullable(state.run());
    }

    public boolean running() {
        return state.run() != null;
    }

    public SafetyAnswers safety() {
        return state.safety();
    }

    public Optional<TherapyPlan> lastPlan() {
        return Optional.ofNullable(state.lastPlan());
    }

    /** The status now (after allowing for a clock set back), or empty when no session runs. */
    public Optional<RunStatus> status() {
        Instant now = clock.instant();
        rebase(now);
        return run().map(r -> r.statusAt(now));
    }

    /**
     * Looks at the session now: rebases after a clock set back, reports what happened after a gap (restart, sleep,
     * minimised window), and returns the alert due at this boundary if it was not raised yet.
     */
    public Observation observe() {
        Instant now = clock.instant();
        rebase(now);
        TherapyRun r = state.run();
        if (r == null) {
            lastObserved = now;
            return new Observation(null, List.of(), null);
        }
        RunStatus s = r.statusAt(now);
        List<String> away = lastObserved != null && Duration.between(lastObserved, now).compareTo(AWAY_GAP) > 0
                ? AwayReport.describe(s, now, clock.getZone()) : List.of();
        lastObserved = now;
        if (Duration.between(r.lastSeen(), now).compareTo(SEEN_SAVE_EVERY) >= 0) {
            setRun(r.seen(now));
        }
        BoundaryAlert alert = alertFor(s);
        if (alert != null && alert.key().equals(lastAlertKey)) {
            alert = null;
        } else if (alert != null) {
            lastAlertKey = alert.key();
        }
        return new Observation(s, away, alert);
    }

    private BoundaryAlert alertFor(RunStatus s) {
        String id = state.run().sessionStart() + ":" + s.index();
        if (s.stage() == Stage.PACK_OFF_DUE) {
            String what = s.kind().modality().word();
            long late = s.over().toMinutes();
            String key = "off:" + id + ":" + late;
            if (late == 0 && s.isLast()) {
                return new BoundaryAlert(BoundaryAlert.Kind.SESSION_DONE, "Last round done: take the " + what + " off",
                        "That was the last round. Take the pack off now and check your skin looks and feels normal.",
                        key);
            }
            if (late == 0) {
                return new BoundaryAlert(BoundaryAlert.Kind.PACK_OFF, "Time to take the " + what + " off",
                        TimeWords.minutes(s.planned()) + " are up. Take the pack off now; a skin break of at least "
                                + s.plan().breakMinutes() + " minutes starts when you say it is off.", key);
            }
            return new BoundaryAlert(BoundaryAlert.Kind.PACK_OFF, "The " + what + " is still on",
                    "It has been on for " + TimeWords.minutes(s.onFor()) + ", " + TimeWords.minutes(s.over())
                            + " longer than planned. Take it off now, then press \"Pack is off\".", key);
        }
        if (s.stage() == Stage.BREAK_OVER) {
            return new BoundaryAlert(BoundaryAlert.Kind.BREAK_OVER, "Skin break over",
                    "Check your skin looks and feels normal before the next round. Next: "
                            + s.next().label().toLowerCase() + ".", "break:" + id);
        }
        return null;
    }

    public void start(TherapyPlan plan) {
        Objects.requireNonNull(plan);
        if (running()) {
            throw new IllegalStateException("A session is already running.");
        }
        for (Modality m : Modality.values()) {
            if (plan.uses(m) && state.safety().blockedOn(m, java.time.LocalDate.now(clock))) {
                throw new IllegalStateException(m.label() + " is switched off by your safety answers.");
            }
        }
        Instant now = clock.instant();
        state = state.withLastPlan(plan);
        lastObserved = now;
        setRun(TherapyRun.start(plan, now));
    }

    public void pause() {
        Instant now = clock.instant();
        rebase(now);
        TherapyRun r = state.run();
        if (r != null && r.statusAt(now).stage() == Stage.COUNTING) {
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

    /** Space: pause when counting, resume when paused. */
    public void togglePause() {
        if (run().map(TherapyRun::paused).orElse(false)) {
            resume();
        } else {
            pause();
        }
    }

    public Optional<NextAction> nextAction() {
        return status().map(s -> switch (s.stage()) {
            case PACK_OFF_DUE -> NextAction.PACK_OFF;
            case BREAK_OVER -> NextAction.START_NEXT;
            default -> s.kind().isApply() ? NextAction.SKIP_PACK : NextAction.END_BREAK_EARLY;
        });
    }

    /**
     * Moves to the next segment: a pack comes off (skipped early, or confirmed off once due), a skin break ends
     * (early only when {@code confirmedEarlyBreakEnd}; the confirmation is recorded), or the next round starts.
     */
    public NextResult next(boolean confirmedEarlyBreakEnd) {
        Instant now = clock.instant();
        rebase(now);
        TherapyRun r = state.run();
        if (r == null) {
            return NextResult.NOTHING;
        }
        RunStatus s = r.statusAt(now);
        if (s.kind().isApply()) {
            boolean due = s.stage() == Stage.PACK_OFF_DUE;
            record(r, s, now, due ? SegmentOutcome.COMPLETED : SegmentOutcome.SKIPPED, applyNote(s, due));
            if (s.isLast()) {
                setRun(null);
                return NextResult.FINISHED;
            }
            setRun(r.advance(due ? s.endsAt() : now, now));
            return NextResult.MOVED;
        }
        if (s.stage() == Stage.BREAK_OVER) {
            record(r, s, s.endsAt(), SegmentOutcome.COMPLETED, pausedNote(r, now));
            setRun(r.advance(s.endsAt(), now));
            return NextResult.MOVED;
        }
        if (!confirmedEarlyBreakEnd) {
            return NextResult.NEEDS_CONFIRMATION;
        }
        record(r, s, now, SegmentOutcome.SKIPPED, "Skin break ended early after " + TimeWords.minutes(s.elapsed())
                + " of " + TimeWords.minutes(s.planned()) + "; you confirmed the skin looked and felt normal.");
        setRun(r.advance(r.endsAt(now), now));
        return NextResult.MOVED;
    }

    /** Stops the session; the current segment is journalled (completed if its time was up, else stopped early). */
    public void stop() {
        Instant now = clock.instant();
        rebase(now);
        TherapyRun r = state.run();
        if (r == null) {
            return;
        }
        RunStatus s = r.statusAt(now);
        boolean done = s.stage() == Stage.PACK_OFF_DUE || s.stage() == Stage.BREAK_OVER;
        Instant end = s.stage() == Stage.BREAK_OVER ? s.endsAt() : now;
        String note = s.kind().isApply() ? applyNote(s, done) : pausedNote(r, now);
        SegmentOutcome outcome = done ? SegmentOutcome.COMPLETED : SegmentOutcome.STOPPED_EARLY;
        record(r, s, end, outcome, ("Session stopped. " + note).strip());
        setRun(null);
    }

    /** Records a safety answer (yes blocks the modality, no clears it for this episode). */
    public void answerSafety(Modality m, boolean cautionApplies, String episodeKey) {
        state = state.withSafety(state.safety().answer(m, cautionApplies, episodeKey));
        save.accept(state);
    }

    /** The drowsiness question, asked at every heat start: yes switches heat off for today (false undoes it). */
    public void setHeatOffToday(boolean off) {
        state = state.withSafety(state.safety().withHeatOffOn(off ? java.time.LocalDate.now(clock) : null));
        save.accept(state);
    }

    /** The Settings switch for a modality's caution. */
    public void setConcern(Modality m, boolean cautionApplies) {
        state = state.withSafety(state.safety().withConcern(m, cautionApplies));
        save.accept(state);
    }

    private String applyNote(RunStatus s, boolean due) {
        if (due && s.over().toMinutes() >= 1) {
            return "On " + TimeWords.minutes(s.over()) + " longer than planned.";
        }
        return pausedNote(state.run(), clock.instant());
    }

    private static String pausedNote(TherapyRun r, Instant now) {
        Duration p = r.pausedUntil(now);
        return p.toMinutes() >= 1 ? "Paused for " + TimeWords.minutes(p) + "." : "";
    }

    private void record(TherapyRun r, RunStatus s, Instant end, SegmentOutcome outcome, String note) {
        Instant plannedEnd = r.segmentDueAt().plus(s.planned());
        journal.accept(new TherapySegmentRecord(end, TherapyRecords.mode(r.plan().mode()),
                TherapyRecords.segment(s.kind()), s.round(), r.segmentDueAt(), plannedEnd, r.segmentStart(), end,
                outcome, note));
    }

    private void rebase(Instant now) {
        TherapyRun r = state.run();
        if (r != null) {
            if (lastObserved != null && lastObserved.isAfter(r.lastSeen())) {
                r = r.seen(lastObserved); // the last instant seen in memory is newer than the saved one
            }
            TherapyRun moved = r.rebasedIfClockWentBack(now);
            if (moved != r) {
                lastObserved = now;
                setRun(moved);
            }
        } else if (lastObserved != null && now.isBefore(lastObserved)) {
            lastObserved = now;
        }
    }

    private void setRun(TherapyRun r) {
        state = state.withRun(r);
        save.accept(state);
    }
}
