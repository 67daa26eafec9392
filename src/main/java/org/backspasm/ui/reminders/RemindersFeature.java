package org.backspasm.ui.reminders;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.input.KeyCode;
import org.backspasm.core.companion.ReminderBusy;
import org.backspasm.core.companion.ReminderTexts;
import org.backspasm.core.state.Sections;
import org.backspasm.core.status.ReminderStatus;
import org.backspasm.core.status.StatusPart;
import org.backspasm.desktop.IdleSource;
import org.backspasm.ui.Feature;
import org.backspasm.ui.FeatureContext;
import org.backspasm.ui.Screen;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.SettingsSection;
import org.backspasm.ui.text.Texts;
import org.backspasm.ui.therapy.TherapyFeature;
import org.backspasm.ui.therapy.TherapyModel;

/**
 * The reminders through the episode: a background feature with no screen of its own. Its model runs from the
 * start on its own channel of the shared alarm; a reminder shows in the small {@link ReminderWindow}; Settings gets
 * the "Reminders" section; {@code --status} the next reminder. Reminders wait while the ice and heat timer has an
 * alarm due, and look again whenever the episode changes.
 */
public final class RemindersFeature implements Feature {
    public static final ScreenId ID = new ScreenId("reminders");

    private final IdleSource idle;
    private final java.util.function.Consumer<String> openLink;
    private final Runnable showMainWindow;
    private ReminderModel model;
    private ReminderWindow window;
    private FeatureContext app;

    /** Without idle time, links or a window (the command line reads only {@link #status()}). */
    public RemindersFeature() {
        this(IdleSource.NONE, url -> { }, () -> { });
    }

    /**
     * @param idle what the desktop tells of idle time and do-not-disturb (the app passes the system's)
     * @param openLink opens a source's web link from the reminder window
     * @param showMainWindow brings the main window back (the routine reminder's "Start" opens Stretches in it)
     */
    public RemindersFeature(IdleSource idle, java.util.function.Consumer<String> openLink, Runnable showMainWindow) {
        this.idle = idle;
        this.openLink = openLink;
        this.showMainWindow = showMainWindow;
    }

    @Override
    public ScreenId id() {
        return ID;
    }

    @Override
    public String label(org.backspasm.ui.text.Lang lang) {
        return lang.texts(ReminderTexts.BUNDLE).get("settings.title");
    }

    @Override
    public String icon() {
        return "";
    }

    @Override
    public KeyCode key() {
        return KeyCode.UNDEFINED;
    }

    @Override
    public boolean hasScreen() {
        return false;
    }

    @Override
    public Screen screen() {
        throw new UnsupportedOperationException("The reminders have no screen of their own.");
    }

    @Override
    public List<StatusPart> status() {
        return List.of(new ReminderStatus());
    }

    @Override
    public void start(FeatureContext app) {
        this.app = app;
        TherapyModel therapy = app.features().stream().filter(TherapyFeature.class::isInstance)
                .map(f -> ((TherapyFeature) f).model()).findFirst().orElseThrow();
        ReminderModel.Wiring wiring = new ReminderModel.Wiring(
                Sections.saver(app.state(), Sections.REMINDERS),
                Sections.saver(app.state(), Sections.REMINDER_STATE),
                app.alarms().channel(),
                () -> therapy.episode().current() != null,
                () -> ReminderBusy.of(therapy.statusProperty().get()),
                idle, app.journal()::append, app.alerter()::cue, () -> {
                    showMainWindow.run();
                    app.nav().show(ScreenId.STRETCHES);
                });
        model = new ReminderModel(app.clock(), app.state().get(Sections.REMINDERS),
                app.state().get(Sections.REMINDER_STATE), wiring);
        therapy.episode().currentProperty().addListener((o, a, e) -> model.refresh());
        window = new ReminderWindow(model, app.lines(), app.settings().get(), openLink,
                app.lang().texts(ReminderTexts.BUNDLE));
        app.settings().settingsProperty().addListener((o, a, s) -> window.setLook(s));
    }

    @Override
    public List<SettingsSection> settings() {
        Texts words = app.lang().texts(ReminderTexts.BUNDLE);
        return List.of(new SettingsSection(words.get("settings.title"),
                () -> List.of(new ReminderSettingsPane(model, app.lines(), words).nodes())));
    }

    public ReminderModel model() {
        return model;
    }

    public ReminderWindow window() {
        return window;
    }

    /** "Next reminder: a walk at 14:30." for the tray's tooltip, in the window's language; empty when none. */
    public ObservableValue<String> nextLineProperty() {
        return Bindings.createStringBinding(() -> {
            var next = model.nextProperty().get();
            return next == null ? "" : ReminderTexts.nextLine(next, model.clock().getZone(), app.lang().locale());
        }, model.nextProperty(), app.lang().localeProperty());
    }
}
