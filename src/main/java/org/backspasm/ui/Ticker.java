package org.backspasm.ui;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * The app's one once-a-second heartbeat for screens that show a running countdown. It only runs while at least
 * one subscriber is active and the window is not minimised; otherwise no timer of any kind is scheduled. It never
 * measures time: subscribers read the clock and compute their state from stored instants. Ticks are aligned just
 * after the clock's whole seconds so a countdown changes digit evenly.
 */
public final class Ticker {
    private final Clock clock;
    private final Set<Runnable> subscribers = new LinkedHashSet<>();
    private final PauseTransition pause = new PauseTransition();
    private boolean suspended;
    private long ticks;

    public Ticker(Clock clock) {
        this.clock = clock;
        pause.setOnFinished(e -> tick());
    }

    /** Adds a subscriber; the returned handle removes it. Subscribing is idempotent. */
    public Runnable subscribe(Runnable onTick) {
        subscribers.add(onTick);
        reschedule();
        return () -> {
            subscribers.remove(onTick);
            reschedule();
        };
    }

    /** While suspended (window minimised) nothing is scheduled; resuming ticks at once so views catch up. */
    public void setSuspended(boolean value) {
        if (suspended == value) {
            return;
        }
        suspended = value;
        if (!suspended) {
            fire();
        }
        reschedule();
    }

    public boolean isRunning() {
        return pause.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    /** How many ticks have fired since start: for tests and the idle benchmark. */
    public long tickCount() {
        return ticks;
    }

    private void tick() {
        fire();
        reschedule();
    }

    private void fire() {
        ticks++;
        for (Runnable r : subscribers.toArray(new Runnable[0])) {
            r.run();
        }
    }

    private void reschedule() {
        pause.stop();
        if (suspended || subscribers.isEmpty()) {
            return;
        }
        long millis = clock.millis();
        long untilNextSecond = 1000 - Math.floorMod(millis, 1000L) + 20;
        pause.setDuration(Duration.millis(untilNextSecond));
        pause.playFromStart();
    }
}
