package org.backspasm.ui;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * The app's one once-a-second heartbeat for screens that show a running countdown. It only runs while at least
 * one subscriber is active and the window is not minimised; otherwise nothing is scheduled at all. It never
 * measures time: subscribers read the clock and compute their state from stored instants. Ticks are aligned just
 * after the clock's whole seconds so a countdown changes digit evenly.
 *
 * <p>It deliberately does not use a JavaFX Timeline or PauseTransition: any running JavaFX animation keeps the
 * toolkit's pulse going 60 times a second, even if it fires once a second (measured: about 4 % of a core with
 * software rendering). A sleeping daemon thread wakes once a second and hands the tick to the FX thread instead,
 * so between ticks nothing runs.
 */
public final class Ticker {
    private final Clock clock;
    private final Set<Runnable> subscribers = new LinkedHashSet<>();
    private ScheduledExecutorService scheduler;
    private ScheduledFuture<?> next;
    private boolean suspended;
    private long ticks;

    public Ticker(Clock clock) {
        this.clock = clock;
    }

    /** Adds a subscriber; the returned handle removes it. Subscribing is idempotent. Call on the FX thread. */
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

    /** Whether a tick is scheduled. */
    public boolean isRunning() {
        return next != null && !next.isDone();
    }

    /** How many ticks have fired since start: for tests and the idle benchmark. */
    public long tickCount() {
        return ticks;
    }

    private void tick() {
        next = null;
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
        if (next != null) {
            next.cancel(false);
            next = null;
        }
        if (suspended || subscribers.isEmpty()) {
            return;
        }
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "ticker");
                t.setDaemon(true);
                return t;
            });
        }
        long untilNextSecond = 1000 - Math.floorMod(clock.millis(), 1000L) + 20;
        ScheduledFuture<?>[] self = new ScheduledFuture<?>[1];
        self[0] = scheduler.schedule(() -> Platform.runLater(() -> {
            if (next == self[0]) {
                tick();
            }
        }), untilNextSecond, TimeUnit.MILLISECONDS);
        next = self[0];
    }
}
