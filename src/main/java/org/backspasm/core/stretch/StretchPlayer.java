package org.backspasm.core.stretch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plays a routine's phases. It never counts ticks: it keeps only instants (the start, the pauses) and the last
 * manual move (which phase, at which running time), and computes where the routine is at any instant from those.
 * "Running time" is the time since the start minus the time spent paused.
 */
public final class StretchPlayer {
    /** Within this much of a phase's start, Previous goes to the phase before instead of restarting this one. */
    static final long RESTART_GRACE_MILLIS = 2000;

    private final Clock clock;
    private final List<PlayerPhase> phases;
    private final Set<Integer> skippedStretches = new TreeSet<>();
    private Instant startedAt;
    private Instant pausedAt;
    private Duration pausedTotal = Duration.ZERO;
    private int anchorIndex;
    private long anchorRunning;
    private Instant stoppedAt;

    public StretchPlayer(Clock clock, List<PlayerPhase> phases) {
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("A routine needs at least one phase");
        }
        this.clock = clock;
        this.phases = List.copyOf(phases);
    }

    public List<PlayerPhase> phases() {
        return phases;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public void start() {
        if (startedAt == null) {
            startedAt = clock.instant();
        }
    }

    public void pause() {
        if (state().status() == PlayerState.Status.RUNNING) {
            pausedAt = clock.instant();
        }
    }

    public void resume() {
        if (state().status() == PlayerState.Status.PAUSED) {
            pausedTotal = pausedTotal.plus(Duration.between(pausedAt, clock.instant()));
            pausedAt = null;
        }
    }

    public void togglePause() {
        if (state().status() == PlayerState.Status.PAUSED) {
            resume();
        } else {
            pause();
        }
    }

    /** Moves on to the next phase (finishing the routine after the last one). */
    public void next() {
        PlayerState s = state();
        if (s.active()) {
            jumpTo(s.phase().index() + 1);
        }
    }

    /** Back to the start of this phase, or to the phase before when this one has only just begun. */
    public void previous() {
        PlayerState s = state();
        if (!s.active()) {
            return;
        }
        int i = s.phase().index();
        jumpTo(s.elapsedMillis() < RESTART_GRACE_MILLIS && i > 0 ? i - 1 : i);
    }

    /** Leaves out the rest of this stretch and goes to the next one (finishing after the last). */
    public void skipStretch() {
        PlayerState s = state();
        if (!s.active()) {
            return;
        }
        int stretch = s.phase().stretchIndex();
        skippedStretches.add(stretch);
        int i = s.phase().index();
        while (i < phases.size() && phases.get(i).stretchIndex() == stretch) {
            i++;
        }
        jumpTo(i);
    }

    /** Ends the routine where it is; returns the phase it stopped in. */
    public PlayerPhase stop() {
        PlayerState s = state();
        if (s.active()) {
            stoppedAt = clock.instant();
            return s.phase();
        }
        return s.phase();
    }

    public Instant stoppedAt() {
        return stoppedAt;
    }

    private void jumpTo(int index) {
        anchorIndex = Math.min(index, phases.size());
        anchorRunning = running(clock.instant());
    }

    private long running(Instant now) {
        Instant until = pausedAt != null ? pausedAt : stoppedAt != null ? stoppedAt : now;
        return Duration.between(startedAt, until).minus(pausedTotal).toMillis();
    }

    public PlayerState state() {
        if (startedAt == null) {
            PlayerPhase first = phases.get(0);
            return new PlayerState(PlayerState.Status.READY, first, 0, first.millis(), breath(first, 0), true,
                    phases.size());
        }
        long t = running(clock.instant()) - anchorRunning;
        int i = anchorIndex;
        while (i < phases.size() && t >= phases.get(i).millis()) {
            t -= phases.get(i).millis();
            i++;
        }
        if (i >= phases.size()) {
            return new PlayerState(PlayerState.Status.DONE, null, 0, 0, 0, false, phases.size());
        }
        PlayerPhase p = phases.get(i);
        PlayerState.Status status = stoppedAt != null ? PlayerState.Status.STOPPED
                : pausedAt != null ? PlayerState.Status.PAUSED : PlayerState.Status.RUNNING;
        int breath = breath(p, t);
        long breathLength = (Dose.BREATH_IN_SECONDS + Dose.BREATH_OUT_SECONDS) * 1000L;
        boolean in = t % breathLength < Dose.BREATH_IN_SECONDS * 1000L;
        return new PlayerState(status, p, t, p.millis() - t, breath, in, phases.size());
    }

    private static int breath(PlayerPhase p, long elapsed) {
        if (p.breaths() == 0) {
            return 0;
        }
        long breathLength = (Dose.BREATH_IN_SECONDS + Dose.BREATH_OUT_SECONDS) * 1000L;
        return (int) Math.min(p.breaths(), elapsed / breathLength + 1);
    }

    /** When the routine finished by itself or by moving past the last phase; null while it is not done. */
    public Instant finishedAt() {
        if (state().status() != PlayerState.Status.DONE) {
            return null;
        }
        long end = anchorRunning;
        for (int i = anchorIndex; i < phases.size(); i++) {
            end += phases.get(i).millis();
        }
        long stillToRun = end - running(clock.instant());
        return clock.instant().plusMillis(Math.min(0, stillToRun));
    }

    /** Ids of the stretches played to their end (not skipped), in order, up to now. */
    public List<String> stretchesDone() {
        PlayerState s = state();
        int upTo = s.status() == PlayerState.Status.DONE ? Integer.MAX_VALUE : s.phase().stretchIndex();
        List<String> out = new ArrayList<>();
        int last = -1;
        for (PlayerPhase p : phases) {
            if (p.stretchIndex() != last && p.stretchIndex() < upTo && !skippedStretches.contains(p.stretchIndex())) {
                out.add(p.stretchId());
            }
            last = p.stretchIndex();
        }
        return out;
    }
}
