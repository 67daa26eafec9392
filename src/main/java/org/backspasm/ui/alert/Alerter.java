package org.backspasm.ui.alert;

import java.time.Clock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Raises an alert the user should not miss: its sound, a ControlsFX notification, and the window asking for
 * attention (un-minimised and brought to the front). Every alert is kept in {@link #history()}.
 */
public final class Alerter {
    private static final int HISTORY_LIMIT = 50;

    private final Clock clock;
    private final SoundPlayer sound;
    private final BooleanSupplier soundOn;
    private final Supplier<Stage> stage;
    private final ObservableList<AlertRecord> history = FXCollections.observableArrayList();
    private boolean popupsEnabled = true;

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
        if (s != null) {
            if (s.isIconified()) {
                s.setIconified(false);
            }
            s.toFront();
            if (popupsEnabled && s.isShowing()) {
                Notifications.create()
                        .title(title)
                        .text(text)
                        .owner(s)
                        .hideAfter(Duration.seconds(20))
                        .show();
            }
        }
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
