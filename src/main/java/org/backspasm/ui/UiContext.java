package org.backspasm.ui;

import java.nio.file.Path;
import java.time.Clock;
import org.backspasm.store.JournalStore;
import org.backspasm.store.StateStore;
import org.backspasm.store.StoreNotices;
import org.backspasm.ui.alert.Alerter;
import org.backspasm.ui.settings.SettingsModel;

/**
 * What every screen may use, built once by the app (or by a test, with a fake clock and a temp folder):
 * the clock, the stores, the settings, the heartbeat, alerts, and the navigator.
 */
public record UiContext(
        Clock clock,
        Path dataDir,
        StateStore state,
        JournalStore journal,
        StoreNotices notices,
        SettingsModel settings,
        Ticker ticker,
        Alerter alerter,
        Navigator navigator) {
}
