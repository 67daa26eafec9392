package org.backspasm.ui.alert;

import java.util.concurrent.Future;

/**
 * Runs a task after a wait, on a thread of the implementation's choosing. The app waits on real time (a daemon
 * thread, or the FX thread's animation timer); tests hand in one they run by hand, so no test waits on the clock.
 */
@FunctionalInterface
public interface Delays {
    /** Runs the task once, after about {@code millis}; cancelling the future before then means it never runs. */
    Future<?> after(long millis, Runnable task);
}
