package org.backspasm.ui.therapy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.backspasm.core.therapy.Mode;
import org.backspasm.core.therapy.TherapyPlan;
import org.backspasm.testing.AppUiTest;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.Ticker;
import org.backspasm.ui.alert.Cue;
import org.backspasm.ui.alert.DesktopNotifier;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The whole app with a fake clock and the manual alarm: alerts reach the user whatever the window does. */
class TherapyAlarmWindowTest extends AppUiTest {
    private final List<String> desktop = new ArrayList<>();

    private TherapyModel model() {
        return ((TherapyScreen) shell.screen(ScreenId.THERAPY)).model();
    }

    private void startIce() {
        fx(() -> ctx.alerter().setDesktopNotifier(new DesktopNotifier(List.of(new DesktopNotifier.Route() {
            @Override
            public String name() {
                return "recording";
            }

            @Override
            public boolean send(String title, String text) {
                desktop.add(title);
                return true;
            }
        }), Runnable::run)));
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#mode-ice");
        clickOn("#therapy-start");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#safety-ice-no").tryQuery().isPresent(), "the ice safety question shows");
        clickOn("#safety-ice-no");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void pass(Duration d) {
        fx(() -> alarms.pass(d));
    }

    private void minimise() {
        fx(() -> {
            stage.setIconified(true);
            ctx.ticker().setSuspended(true); // as the app does
        });
    }

    @Test
    void theAlarmReachesAMinimisedWindowAndBringsItBack() {
        startIce();
        minimise();
        assertTrue(stage.isIconified());
        assertFalse(ctx.ticker().isRunning(), "no display ticks while minimised");
        pass(Duration.ofMinutes(20));
        assertEquals(List.of(Cue.PACK_OFF), sound.played());
        assertEquals(1, ctx.alerter().history().size());
        assertEquals(List.of("Time to take the ice off"), desktop, "a desktop notification too");
        assertFalse(stage.isIconified(), "the window is brought back");
        assertNotNull(ctx.alerter().waitingForWindow(), "the notice waits for the desktop to map the window");
        assertEquals(List.of(500L), delays.waiting().stream().map(w -> w.millis()).toList());
        fx(delays::runAll);
        assertNull(ctx.alerter().waitingForWindow(), "the notice shows in the window");
    }

    @Test
    void withBringToFrontOffTheWindowStaysDownAndTheNoticeWaitsForIt() {
        push(KeyCode.CONTROL, KeyCode.DIGIT6);
        CheckBox raise = lookup("#settings-raise-window").queryAs(CheckBox.class);
        assertTrue(raise.isSelected(), "on by default");
        fx(() -> raise.setSelected(false));
        startIce();
        minimise();
        pass(Duration.ofMinutes(20));
        assertEquals(List.of(Cue.PACK_OFF), sound.played(), "the sound still plays");
        assertTrue(stage.isIconified());
        assertEquals(1, desktop.size());
        assertNotNull(ctx.alerter().waitingForWindow());
        assertTrue(delays.waiting().isEmpty(), "nothing is timed while the window stays down");
        fx(() -> stage.setIconified(false));
        // shown in the window half a second after it comes back (once the desktop has mapped it)
        assertNotNull(ctx.alerter().waitingForWindow());
        fx(delays::runAll);
        assertNull(ctx.alerter().waitingForWindow());
    }

    @Test
    void desktopNotificationsCanBeTurnedOff() {
        push(KeyCode.CONTROL, KeyCode.DIGIT6);
        CheckBox notify = lookup("#settings-desktop-notifications").queryAs(CheckBox.class);
        assertTrue(notify.isSelected(), "on by default");
        fx(() -> notify.setSelected(false));
        startIce();
        minimise();
        pass(Duration.ofMinutes(20));
        assertEquals(1, ctx.alerter().history().size());
        assertTrue(desktop.isEmpty());
    }

    @Test
    void theAlarmFiresWithAnotherScreenShowing() {
        startIce();
        push(KeyCode.CONTROL, KeyCode.DIGIT5);
        pass(Duration.ofMinutes(22));
        assertEquals(ScreenId.JOURNAL, shell.currentProperty().get(), "the alarm does not change the screen");
        assertEquals(List.of(Cue.PACK_OFF, Cue.PACK_OFF), sound.played(), "the alert and the first reminder");
    }

    @Test
    void unfocusedTheCountdownShowsMinutes() {
        startIce();
        clock.advance(Duration.ofSeconds(90));
        fx(() -> ctx.ticker().setFocused(false));
        assertEquals(Ticker.Pace.MINUTES, ctx.ticker().paceProperty().get());
        assertEquals("19", lookup("#ring-time").queryAs(Label.class).getText());
        assertEquals("min left", lookup("#ring-caption").queryAs(Label.class).getText());
        fx(() -> ctx.ticker().setFocused(true));
        assertEquals("18:30", lookup("#ring-time").queryAs(Label.class).getText());
        assertEquals("left", lookup("#ring-caption").queryAs(Label.class).getText());
    }

    @Test
    void untilIStopAsksForASkinCheckAfterThreeRoundsAndCanStopThere() {
        startIce();
        fx(() -> {
            model().stop();
            model().start(new TherapyPlan(Mode.ICE, false, 20, 20, TherapyPlan.UNTIL_STOPPED));
        });
        for (int round = 1; round <= 3; round++) {
            pass(Duration.ofMinutes(20));
            push(KeyCode.N); // pack off
            pass(Duration.ofMinutes(20));
            if (round < 3) {
                push(KeyCode.N); // next round
            }
        }
        assertEquals("Skin check: go on or stop (N)",
                lookup("#timer-step").queryAs(Button.class).getText());
        push(KeyCode.N);
        assertTrue(lookup("#confirm-skin-check").tryQuery().isPresent());
        clickOn("#confirm-skin-check-no");
        assertFalse(model().runningProperty().get(), "stopped after the skin check");
    }
}
