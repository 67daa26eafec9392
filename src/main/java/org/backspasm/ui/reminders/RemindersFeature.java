package org.backspasm.ui.reminders;

import java.time.Clock;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.backspasm.core.companion.ReminderBusy;
import org.backspasm.core.companion.ReminderSettings;
import org.backspasm.core.companion.ReminderState;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.settings.Settings;
import org.backspasm.desktop.IdleSource;
import org.backspasm.ui.alert.AlarmScheduler;
import org.backspasm.ui.alert.Cue;
import org.backspasm.ui.settings.SettingsModel;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.ui.therapy.TherapyModel;

/**
 * The reminders, put together: the model (woken by its own channel of the shared alarm), the reminder window that
 * follows it, and the Settings section. Reminders wait while the ice and heat timer has an alarm due, and look
 * again whenever the episode changes.
 */
public final class RemindersFeature {
    public static final String SETTINGS_SECTION = "reminders";
    /** The section title in Settings. */
    public static final String TITLE = ReminderWords.SECTION;

    private final ReminderModel model;
    private final ReminderWindow window;
    private final SourceLines sources;

    private RemindersFeature(ReminderModel model, ReminderWindow window, SourceLines sources) {
        this.model = model;
        this.window = window;
        this.sources = sources;
    }

    /** Where the reminders keep their settings and state (the state file's sections). */
    public interface Store {
        <T> T get(String section, Class<T> type, T fallback);

        void put(String section, Object value);
    }

    /** What the feature is handed: each service narrow. */
    public record Parts(Clock clock, Store store, AlarmScheduler alarms, TherapyModel therapy, IdleSource idle,
            Consumer<JournalEntry> journal, Consumer<Cue> cue, Runnable openStretches, SourceLines sources,
            SettingsModel look, Consumer<String> openLink) {
    }

    public static RemindersFeature create(Parts p) {
        ReminderModel.Wiring wiring = new ReminderModel.Wiring(
                s -> p.store().put(SETTINGS_SECTION, s),
                s -> p.store().put(ReminderState.SECTION, s),
                p.alarms(),
                () -> p.therapy().episode().current() != null,
                () -> ReminderBusy.of(p.therapy().statusProperty().get()),
                p.idle(), p.journal(), p.cue(), p.openStretches());
        ReminderModel model = new ReminderModel(p.clock(),
                p.store().get(SETTINGS_SECTION, ReminderSettings.class, ReminderSettings.DEFAULTS),
                p.store().get(ReminderState.SECTION, ReminderState.class, ReminderState.EMPTY), wiring);
        p.therapy().episode().currentProperty().addListener((o, a, e) -> model.refresh());
        Settings look = p.look().get();
        ReminderWindow window = new ReminderWindow(model, p.sources(), look, p.openLink());
        p.look().settingsProperty().addListener((o, a, s) -> window.setLook(s));
        return new RemindersFeature(model, window, p.sources());
    }

    public ReminderModel model() {
        return model;
    }

    public ReminderWindow window() {
        return window;
    }

    /** The Settings section's controls. */
    public Node[] settingsNodes() {
        return new ReminderSettingsPane(model, sources).nodes();
    }

    /** "Next reminder: a walk at 14:30." for the tray's tooltip; empty when none is coming. */
    public javafx.beans.value.ObservableValue<String> nextLineProperty() {
        return javafx.beans.binding.Bindings.createStringBinding(() -> {
            var next = model.nextProperty().get();
            return next == null ? "" : ReminderWords.next(next, model.clock().getZone());
        }, model.nextProperty());
    }
}
