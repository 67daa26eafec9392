package org.backspasm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.backspasm.testing.FakeClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The heartbeat runs only while someone listens and the window is not minimised, and then about once a second. */
class TickerTest extends FxRobot {
    final FakeClock clock = FakeClock.at("2026-11-22T10:00:00.980Z");

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void nothingIsScheduledWithoutSubscribersOrWhileSuspended() {
        Ticker ticker = new Ticker(clock);
        assertFalse(ticker.isRunning());
        Runnable[] unsubscribe = new Runnable[1];
        interact(() -> unsubscribe[0] = ticker.subscribe(() -> { }));
        assertTrue(ticker.isRunning());
        interact(() -> ticker.setSuspended(true));
        assertFalse(ticker.isRunning(), "minimised: no ticks");
        interact(() -> ticker.setSuspended(false));
        assertTrue(ticker.isRunning());
        assertTrue(ticker.tickCount() >= 1, "coming back ticks at once so the view catches up");
        interact(unsubscribe[0]);
        assertFalse(ticker.isRunning());
    }

    @Test
    void ticksReachSubscribersOnTheFxThread() throws InterruptedException {
        Ticker ticker = new Ticker(clock);
        CountDownLatch ticked = new CountDownLatch(1);
        AtomicInteger offFx = new AtomicInteger();
        Runnable[] unsubscribe = new Runnable[1];
        interact(() -> unsubscribe[0] = ticker.subscribe(() -> {
            if (!javafx.application.Platform.isFxApplicationThread()) {
                offFx.incrementAndGet();
            }
            ticked.countDown();
        }));
        assertTrue(ticked.await(5, TimeUnit.SECONDS), "the fake clock is 20 ms before a whole second: a tick comes soon");
        interact(unsubscribe[0]);
        assertEquals(0, offFx.get());
        assertFalse(ticker.isRunning());
    }

    @Test
    void countdownsTickEveryMinuteWhenTheWindowIsNotFocused() {
        Ticker ticker = new Ticker(clock);
        Runnable[] countdown = new Runnable[1];
        Runnable[] stretch = new Runnable[1];
        interact(() -> countdown[0] = ticker.subscribeCountdown(() -> { }));
        assertEquals(Ticker.Pace.SECONDS, ticker.paceProperty().get());
        interact(() -> ticker.setFocused(false));
        assertEquals(Ticker.Pace.MINUTES, ticker.paceProperty().get(), "nobody can see the seconds");
        assertTrue(ticker.isRunning());
        interact(() -> stretch[0] = ticker.subscribe(() -> { }));
        assertEquals(Ticker.Pace.SECONDS, ticker.paceProperty().get(), "a stretch being played keeps its seconds");
        interact(stretch[0]);
        assertEquals(Ticker.Pace.MINUTES, ticker.paceProperty().get());
        interact(() -> ticker.setSuspended(true));
        assertEquals(Ticker.Pace.NONE, ticker.paceProperty().get(), "minimised: none");
        assertFalse(ticker.isRunning());
        interact(() -> {
            ticker.setSuspended(false);
            ticker.setFocused(true);
        });
        assertEquals(Ticker.Pace.SECONDS, ticker.paceProperty().get());
        interact(countdown[0]);
        assertEquals(Ticker.Pace.NONE, ticker.paceProperty().get());
    }
}
