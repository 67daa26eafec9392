package org.backspasm.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.backspasm.core.content.Loaded;
import org.backspasm.core.content.SourceRegistry;
import org.backspasm.core.journal.Journal;
import org.backspasm.core.state.SavedState;
import org.backspasm.core.state.TextFiles;
import org.backspasm.ui.alert.AlarmScheduler;
import org.backspasm.ui.alert.Alerter;
import org.backspasm.ui.rating.ActivityEvents;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.ui.text.Lang;

/**
 * What a feature is handed when it starts: the app's services, made once by {@code AppAssembly}. A feature passes
 * each of its models only the few it uses.
 *
 * @param clock    the time (a fake one in tests)
 * @param state    the saved state, by section ({@link org.backspasm.core.state.Sections})
 * @param journal  what happened
 * @param nav      moves the user to another screen
 * @param ticker   display ticks while something on screen counts seconds
 * @param alerter  sounds, popups and desktop notices
 * @param alarms   wakes the app at the next instant something is due
 * @param problems tells the user something in plain words (a notice above every screen)
 * @param sources  the source registry (id → title, link), read once
 * @param lines    shows sources as lines people can open
 * @param opener   opens a file the app wrote (a report) with the computer's own program
 * @param files    writes a file the user asked for (a report), whole or not at all
 * @param settings the app-wide settings
 * @param dataDir  the data folder (shown in Settings)
 * @param features every feature, started, in the order of the list (Today and Settings gather from them)
 * @param data     export, import and backups (the journal's buttons, Settings' backups)
 * @param lang     the language the window speaks now; features take their bundles from it (see docs/i18n.md)
 * @param ratings  "What helps you": a feature tells it when ice, heat, a routine or a walk starts and ends, and the
 *                 one-tap rating before and after is offered (see {@link ActivityEvents})
 */
public record FeatureContext(Clock clock, SavedState state, Journal journal, Navigator nav, Ticker ticker,
        Alerter alerter, AlarmScheduler alarms, Consumer<String> problems, Loaded<SourceRegistry> sources,
        SourceLines lines, FileOpener opener, TextFiles files, SettingsModel settings, Path dataDir,
        List<Feature> features, org.backspasm.ui.data.DataFeature data, Lang lang, ActivityEvents ratings) {
}
