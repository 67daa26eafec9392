package org.backspasm.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.backspasm.ui.alert.Delays;

/** Delays that wait for the test: each task runs when the test calls {@link #runAll()}, on the test's thread. */
public final class ManualDelays implements Delays {
    /** A task waiting, with the wait it asked for. */
    public record Waiting(long millis, FutureTask<Void> task) {
    }

    private final List<Waiting> waiting = new ArrayList<>();

    @Override
    public synchronized Future<?> after(long millis, Runnable task) {
        FutureTask<Void> f = new FutureTask<>(task, null);
        waiting.add(new Waiting(millis, f));
        return f;
    }

    /** The waits asked for so far and not yet run, cancelled ones included. */
    public synchronized List<Waiting> waiting() {
        return List.copyOf(waiting);
    }

    /** Lets every wait end: runs the tasks in order (a cancelled one does nothing); returns how many ran. */
    public int runAll() {
        List<Waiting> now;
        synchronized (this) {
            now = List.copyOf(waiting);
            waiting.clear();
        }
        int ran = 0;
        for (Waiting w : now) {
            if (!w.task().isCancelled()) {
                w.task().run();
                ran++;
            }
        }
        return ran;
    }
}
