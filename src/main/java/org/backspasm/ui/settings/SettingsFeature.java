package org.backspasm.ui.settings;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.backspasm.ui.Screen;
import org.backspasm.ui.ScreenFeature;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.SettingsSection;

/** Settings: the app's own (theme, text size, emergency number, sound, data folder), then each feature's sections. */
public final class SettingsFeature extends ScreenFeature {
    private static final String GEAR = "M8.6 1h2.8l0.4 2.3 1.6 0.7 1.9-1.4 2 2-1.4 1.9 0.7 1.6 2.3 0.4v2.8"
            + "l-2.3 0.4-0.7 1.6 1.4 1.9-2 2-1.9-1.4-1.6 0.7-0.4 2.3h-2.8l-0.4-2.3-1.6-0.7-1.9 1.4-2-2"
            + " 1.4-1.9-0.7-1.6-2.3-0.4v-2.8l2.3-0.4 0.7-1.6-1.4-1.9 2-2 1.9 1.4 1.6-0.7z"
            + "M10 7a3 3 0 1 0 0.01 0z";

    public SettingsFeature() {
        super(ScreenId.SETTINGS, "nav.settings", GEAR, KeyCode.DIGIT6);
    }

    @Override
    public Screen screen() {
        SettingsScreen screen = new SettingsScreen(app.settings(), app.dataDir(), app.lang());
        for (var feature : app.features()) {
            for (SettingsSection section : feature.settings()) {
                screen.addSection(section.title(), section.nodes().get().toArray(Node[]::new));
            }
        }
        return screen;
    }
}
