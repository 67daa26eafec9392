package org.backspasm.ui.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The app's alarm: one sleeping daemon thread, which hands each wake to the JavaFX thread. Between wakes nothing
 * runs; with a timer running it wakes at most every 30 seconds (a few microseconds of work each time).
 */
public final class ExecutorAlarmScheduler implements AlarmScheduler, AutoCloseable {
    private final Clock clock;
    private final Executor fxThread;
    private final Delays delays;
    private ScheduledExecutorService thread;
    private Future<?> pending;
    private long armed; // which arming is current; a wake from an older one is dropped

    /** {@code fxThread}: where wakes run ({@code Platform::runLater} in the app). Waits on a daemon thread. */
    public ExecutorAlarmScheduler(Clock clock, Executor fxThread) {
        this.clock = clock;
        this.fxThread = fxThread;
        this.delays = this::onAlarmThread;
    }

    /** The same, waiting through the delays given (tests run them by hand). */
    ExecutorAlarmScheduler(Clock clock, Executor fxThread, Delays delays) {
        this.clock = clock;
        this.fxThread = fxThread;
        this.delays = delays;
    }

    private synchronized Future<?> onAlarmThread(long millis, Runnable task) {
        if (thread == null) {
            thread = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "alarm");
                t.setDaemon(true);
                return t;
            });
        }
        return thread.schedule(task, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void arm(Instant at, Runnable wake) {
        cancel();
        long wait = waitMillis(clock.instant(), at);
        long id = ++armed;
        pending = delays.after(wait, () -> fxThread.execute(() -> {
            if (isCurrent(id)) {
                wake.run();
            }
        }));
    }

    /** How long to wait: until {@code at} (a few ms late rather than early), never more than {@link #MAX_WAIT}. */
    static long waitMillis(Instant now, Instant at) {
        long max = MAX_WAIT.toMillis();
        return at == null ? max : Math.max(0, Math.min(max, Duration.between(now, at).toMillis() + 5));
    }

    private synchronized boolean isCurrent(long id) {
        return armed == id;
    }

    @Override
    public synchronized void cancel() {
        armed++;
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    /** Whether a wake is waiting (for tests). */
    public synchronized boolean isArmed() {
        return pending != null && !pending.isDone();
    }

    @Override
    public long monotonicNanos() {
        return System.nanoTime();
    }

    @Override
    public java.util.OptionalLong bootTimeNanos() {
        return BootClock.read(BootClock.UPTIME);
    }

    @Override
    public synchronized void close() {
        cancel();
        if (thread != null) {
            thread.shutdownNow();
        }
    }
}
