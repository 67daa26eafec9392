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
 * The app's display heartbeat for screens that show a running countdown. It only runs while at least one
 * subscriber is active and the window is not minimised; otherwise nothing is scheduled at all. While the window
 * is focused it ticks once a second; while it is visible but not focused, countdown subscribers
 * ({@link #subscribeCountdown}) get one tick a minute (their views show minutes then), unless a subscriber that
 * needs seconds (a stretch being played) is active. Alarms do not depend on it: they have their own scheduler. It never
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
    /** How often ticks come: every second, every minute, or not at all. */
    public enum Pace { SECONDS, MINUTES, NONE }

    private final Set<Runnable> subscribers = new LinkedHashSet<>();
    private final Set<Runnable> countdowns = new LinkedHashSet<>();
    private final javafx.beans.property.ReadOnlyObjectWrapper<Pace> pace =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(Pace.NONE);
    private boolean focused = true;
    private ScheduledExecutorService scheduler;
    private ScheduledFuture<?> next;
    private boolean suspended;
    private long ticks;

    public Ticker(Clock clock) {
        this.clock = clock;
    }

    /** Adds a subscriber that needs a tick every second while the window shows; the handle removes it. FX thread. */
    public Runnable subscribe(Runnable onTick) {
        subscribers.add(onTick);
        reschedule();
        return () -> {
            subscribers.remove(onTick);
            reschedule();
        };
    }

    /** Adds a countdown: seconds while the window has the focus, a tick a minute while it does not. FX thread. */
    public Runnable subscribeCountdown(Runnable onTick) {
        countdowns.add(onTick);
        reschedule();
        return () -> {
            countdowns.remove(onTick);
            reschedule();
        };
    }

    /** The window gained or lost the focus: countdowns tick every second only while it has it. */
    public void setFocused(boolean value) {
        if (focused == value) {
            return;
        }
        focused = value;
        reschedule();
        if (focused && pace.get() == Pace.SECONDS) {
            fire(); // show the seconds at once
        }
    }

    /** The pace ticks come at now; views showing a countdown show minutes at {@link Pace#MINUTES}. */
    public javafx.beans.property.ReadOnlyObjectProperty<Pace> paceProperty() {
        return pace.getReadOnlyProperty();
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
        for (Runnable r : countdowns.toArray(new Runnable[0])) {
            r.run();
        }
    }

    private void reschedule() {
        if (next != null) {
            next.cancel(false);
            next = null;
        }
        Pace p = suspended || subscribers.isEmpty() && countdowns.isEmpty() ? Pace.NONE
                : focused || !subscribers.isEmpty() ? Pace.SECONDS : Pace.MINUTES;
        pace.set(p);
        if (p == Pace.NONE) {
            return;
        }
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "ticker");
                t.setDaemon(true);
                return t;
            });
        }
        long unit = p == Pace.SECONDS ? 1000 : 60_000;
        long untilNextSecond = unit - Math.floorMod(clock.millis(), unit) + 20;
        ScheduledFuture<?>[] self = new ScheduledFuture<?>[1];
        self[0] = scheduler.schedule(() -> Platform.runLater(() -> {
            if (next == self[0]) {
                tick();
            }
        }), untilNextSecond, TimeUnit.MILLISECONDS);
        next = self[0];
    }
}
