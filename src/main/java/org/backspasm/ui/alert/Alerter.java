package org.backspasm.ui.alert;

import java.time.Clock;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Raises an alert the user should not miss: its sound, a desktop notification when the window is not in front
 * (setting, on by default), the window un-minimised and brought to the front (setting, on by default), and a
 * ControlsFX notification in the window, shown as soon as the window shows. Every alert is kept in
 * {@link #history()}.
 */
public final class Alerter {
    private static final int HISTORY_LIMIT = 50;

    private final Clock clock;
    private final SoundPlayer sound;
    private final BooleanSupplier soundOn;
    private final Supplier<Stage> stage;
    private final ObservableList<AlertRecord> history = FXCollections.observableArrayList();
    private boolean popupsEnabled = true;
    private DesktopNotifier desktop = DesktopNotifier.NONE;
    private BooleanSupplier raiseWindow = () -> true;
    private BooleanSupplier desktopOn = () -> true;
    private AlertRecord waiting; // shown in the window when it next shows
    private Stage watched;
    private Delays later = Alerter::onFxThread;

    public Alerter(Clock clock, SoundPlayer sound, BooleanSupplier soundOn, Supplier<Stage> stage) {
        this.clock = clock;
        this.sound = sound;
        this.soundOn = soundOn;
        this.stage = stage;
    }

    public void alert(String title, String text, Cue cue) {
        AlertRecord record = new AlertRecord(clock.instant(), title, text, cue);
        history.add(record);
        if (history.size() > HISTORY_LIMIT) {
            history.remove(0);
        }
        cue(cue);
        Stage s = stage.get();
        boolean inFront = s != null && s.isShowing() && !s.isIconified() && s.isFocused();
        if (!inFront && desktopOn.getAsBoolean()) {
            desktop.notify(title, text);
        }
        if (s == null) {
            return;
        }
        boolean down = s.isIconified() || !s.isShowing();
        watch(s);
        if (down) {
            waiting = record; // shown once the window is back (brought back now, or later by the user)
        }
        if (raiseWindow.getAsBoolean()) {
            if (s.isIconified()) {
                s.setIconified(false);
            }
            s.toFront();
        }
        if (!down) {
            popup(s, record);
        }
    }

    /** The window was restored just now: the desktop shows it a moment later, and a pop-up before then is lost. */
    private void showWaitingSoon(Stage s) {
        later.after(500, () -> {
            if (waiting != null && !s.isIconified()) {
                AlertRecord r = waiting;
                waiting = null;
                popup(s, r);
            }
        });
    }

    /** A wait on the FX thread's own timer (the task runs on the FX thread). */
    private static Future<?> onFxThread(long millis, Runnable task) {
        FutureTask<Void> run = new FutureTask<>(task, null);
        PauseTransition pause = new PauseTransition(Duration.millis(millis));
        pause.setOnFinished(e -> run.run());
        pause.play();
        return run;
    }

    /** How the short waits of the window are timed (tests run them by hand). */
    public void setDelays(Delays delays) {
        this.later = delays;
    }

    /** Shows a waiting in-app notification as soon as the window is restored. */
    private void watch(Stage s) {
        if (watched == s) {
            return;
        }
        watched = s;
        s.iconifiedProperty().addListener((o, a, min) -> {
            if (!min && waiting != null) {
                showWaitingSoon(s);
            }
        });
    }

    private void popup(Stage s, AlertRecord r) {
        if (popupsEnabled) {
            // the text wraps inside the window: a one-line pop-up wider than a small window is cut off
            // a Text with a wrapping width reports its wrapped height, so the pop-up is as tall as the text
            javafx.scene.text.Text body = new javafx.scene.text.Text(r.text());
            body.setWrappingWidth(Math.max(200, Math.min(440, s.getWidth() - 80)));
            body.setFont(javafx.scene.text.Font.font(Math.max(13, javafx.scene.text.Font.getDefault().getSize())));
            Notifications.create()
                    .title(r.title())
                    .graphic(body)
                    .owner(s)
                    .hideAfter(Duration.seconds(20))
                    .show();
        }
    }

    /** Where desktop notifications go (none until the app sets it), and whether they are on. */
    public void setDesktopNotifier(DesktopNotifier notifier) {
        this.desktop = notifier;
    }

    /** The settings: bring the window to the front, send desktop notifications. */
    public void setSwitches(BooleanSupplier raise, BooleanSupplier desktopNotifications) {
        this.raiseWindow = raise;
        this.desktopOn = desktopNotifications;
    }

    /** The alert waiting to be shown in the window when it is restored, if any (for tests). */
    public AlertRecord waitingForWindow() {
        return waiting;
    }

    /** A cue without a pop-up, for small moments (a stretch step changing). */
    public void cue(Cue cue) {
        if (soundOn.getAsBoolean()) {
            sound.play(cue);
        }
    }

    public ObservableList<AlertRecord> history() {
        return history;
    }

    /** Pop-ups off (e.g. for the screenshot run); sound and history stay. */
    public void setPopupsEnabled(boolean value) {
        popupsEnabled = value;
    }
}
