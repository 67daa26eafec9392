package org.backspasm.ui.settings;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.backspasm.core.settings.AlertSettings;
import java.util.function.Consumer;

/**
 * The "Alerts" part of Settings: bring the window to the front, and desktop notifications, for the ice and heat
 * alarms. Saved through {@code save} (state section {@code alerts}).
 */
public final class AlertSettingsPane {

    private final Consumer<AlertSettings> save;
    private final ReadOnlyObjectWrapper<AlertSettings> settings;

    public AlertSettingsPane(AlertSettings saved, Consumer<AlertSettings> save) {
        this.save = save;
        this.settings = new ReadOnlyObjectWrapper<>(saved);
    }

    public AlertSettings get() {
        return settings.get();
    }

    public ReadOnlyObjectProperty<AlertSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public void setRaiseWindow(boolean on) {
        update(settings.get().withRaiseWindow(on));
    }

    public void setDesktopNotifications(boolean on) {
        update(settings.get().withDesktopNotifications(on));
    }

    private void update(AlertSettings next) {
        if (!next.equals(settings.get())) {
            settings.set(next);
            save.accept(next);
        }
    }

    /** The controls, for {@code SettingsScreen.addSection}, with their words from the {@code alarms} bundle. */
    public Node[] nodes(org.backspasm.ui.text.Texts t) {
        CheckBox raise = new CheckBox(t.get("settings.raise"));
        raise.setId("settings-raise-window");
        raise.setWrapText(true);
        raise.setSelected(get().raises());
        raise.selectedProperty().addListener((o, a, on) -> setRaiseWindow(on));
        CheckBox desktop = new CheckBox(t.get("settings.desktop"));
        desktop.setId("settings-desktop-notifications");
        desktop.setWrapText(true);
        desktop.setSelected(get().notifiesDesktop());
        desktop.selectedProperty().addListener((o, a, on) -> setDesktopNotifications(on));
        Label help = new Label(t.get("settings.help"));
        help.setWrapText(true);
        help.getStyleClass().addAll("muted", "small");
        return new Node[] {raise, desktop, help};
    }
}
