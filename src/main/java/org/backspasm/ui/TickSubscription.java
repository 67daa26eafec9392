package org.backspasm.ui;

import java.util.function.Function;

/**
 * A model's wish for ticks, kept in step with what it shows: {@link #want(boolean)} subscribes to the
 * {@link Ticker} when ticks are needed and not yet coming, and unsubscribes when they are no longer needed.
 */
public final class TickSubscription {
    private final Function<Runnable, Runnable> subscribe;
    private final Runnable onTick;
    private Runnable unsubscribe;

    private TickSubscription(Function<Runnable, Runnable> subscribe, Runnable onTick) {
        this.subscribe = subscribe;
        this.onTick = onTick;
    }

    /** Ticks every second while the window shows (e.g. a stretch being played). */
    public static TickSubscription seconds(Ticker ticker, Runnable onTick) {
        return new TickSubscription(ticker::subscribe, onTick);
    }

    /** Countdown ticks: seconds while the window has the focus, minutes while it does not. */
    public static TickSubscription countdown(Ticker ticker, Runnable onTick) {
        return new TickSubscription(ticker::subscribeCountdown, onTick);
    }

    /** Subscribes or unsubscribes so that ticks come exactly while {@code needed}. */
    public void want(boolean needed) {
        if (needed && unsubscribe == null) {
            unsubscribe = subscribe.apply(onTick);
        } else if (!needed && unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }

    /** Whether ticks are coming (for tests of the idle cost). */
    public boolean active() {
        return unsubscribe != null;
    }
}
