package org.backspasm;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.stage.Stage;
import org.backspasm.core.content.Loaded;
import org.backspasm.core.content.SourceRegistry;
import org.backspasm.core.episode.Episode;
import org.backspasm.core.episode.EpisodeBook;
import org.backspasm.core.stretch.StretchSession;
import org.backspasm.core.stretch.StretchState;
import org.backspasm.core.therapy.TherapySession;
import org.backspasm.core.therapy.TherapyState;
import org.backspasm.store.JournalStore;
import org.backspasm.store.NewerDataException;
import org.backspasm.store.StateStore;
import org.backspasm.store.StoreNotices;
import org.backspasm.ui.FileOpener;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.Ticker;
import org.backspasm.ui.UiContext;
import org.backspasm.ui.alert.AlarmScheduler;
import org.backspasm.ui.alert.Alerter;
import org.backspasm.ui.alert.SoundPlayer;
import org.backspasm.ui.journal.JournalModel;
import org.backspasm.ui.journal.JournalScreen;
import org.backspasm.ui.redflag.WarningSignsFeature;
import org.backspasm.ui.settings.AlertSettingsPane;
import org.backspasm.core.settings.AlertSettings;
import org.backspasm.ui.settings.SettingsModel;
import org.backspasm.ui.settings.SettingsScreen;
import org.backspasm.ui.shell.DeferredNavigator;
import org.backspasm.ui.shell.DisclaimerCard;
import org.backspasm.ui.shell.Shell;
import org.backspasm.ui.stretch.StretchLibrary;
import org.backspasm.ui.stretch.StretchModel;
import org.backspasm.ui.stretch.StretchScreen;
import org.backspasm.ui.stretch.StretchSettings;
import org.backspasm.ui.theme.ThemeManager;
import org.backspasm.ui.therapy.EpisodeCard;
import org.backspasm.ui.therapy.EpisodeCardModel;
import org.backspasm.ui.therapy.RunningTimerCard;
import org.backspasm.ui.therapy.EpisodeModel;
import org.backspasm.ui.therapy.SafetySettings;
import org.backspasm.ui.therapy.TherapyModel;
import org.backspasm.ui.therapy.TherapyScreen;
import org.backspasm.ui.today.TodayScreen;

/**
 * Builds the whole app for a data folder and a clock: stores, models, screens and the shell. The one place where
 * parts are wired together; the application and the UI tests both use it (tests with a fake clock, a temp folder,
 * a same-thread writer and a recording sound player).
 */
public final class AppAssembly {

    /**
     * What the assembly made: the shell to put in a scene, the context the screens share, and what to do just
     * before the app exits (on the FX thread, before the data writer is drained).
     */
    public record Built(Shell shell, UiContext context, Runnable beforeExit) {
    }

    private AppAssembly() {
    }

    public static Built build(Path dataDir, Clock clock, Executor writer, SoundPlayer sound, Locale locale,
            Supplier<Stage> stage, AlarmScheduler alarms, FileOpener opener) throws NewerDataException {
        StoreNotices notices = new StoreNotices();
        StateStore state = StateStore.open(dataDir, writer, notices, clock);
        JournalStore journal = JournalStore.open(dataDir, writer, notices, clock);
        SettingsModel settings = new SettingsModel(state, clock, locale);
        Ticker ticker = new Ticker(clock);
        Alerter alerter = new Alerter(clock, sound, () -> settings.get().soundOn(), stage);
        AlertSettingsPane alertSettings = new AlertSettingsPane(
                state.get(AlertSettingsPane.SECTION, AlertSettings.class, AlertSettings.DEFAULTS),
                a -> state.put(AlertSettingsPane.SECTION, a));
        alerter.setSwitches(() -> alertSettings.get().raises(), () -> alertSettings.get().notifiesDesktop());
        DeferredNavigator nav = new DeferredNavigator();
        UiContext ctx = new UiContext(clock, dataDir, state, journal, notices, settings, ticker, alerter, nav);

        JournalModel journalModel = new JournalModel(journal);
        EpisodeModel episode = new EpisodeModel(new EpisodeBook(clock,
                state.get(EpisodeBook.SECTION, Episode.class, null), e -> state.put(EpisodeBook.SECTION, e),
                journal::append));
        TherapyModel therapy = new TherapyModel(new TherapySession(clock, alarms::monotonicNanos,
                state.get(TherapySession.SECTION, TherapyState.class, TherapyState.EMPTY),
                s -> state.put(TherapySession.SECTION, s), journal::append), episode, ticker, alerter, alarms);
        EpisodeCard todayEpisode = new EpisodeCard(new EpisodeCardModel(episode), nav, "today", true);
        Loaded<SourceRegistry> sources = Loaded.of(SourceRegistry::loadDefault);
        WarningSignsFeature warningSigns = WarningSignsFeature.create(ctx, sources, opener);
        TodayScreen today = new TodayScreen(clock, nav, journal::append,
                List.of(new RunningTimerCard(therapy, nav), warningSigns.offersCard(), todayEpisode));
        SettingsScreen settingsScreen = new SettingsScreen(settings, dataDir);
        settingsScreen.addSection("Alerts", alertSettings.nodes());
        settingsScreen.addSection("Ice and heat safety", SafetySettings.nodes(therapy));
        StretchLibrary stretchLibrary = StretchLibrary.load(sources);
        StretchSession stretchSession = stretchLibrary.ok() ? new StretchSession(clock, stretchLibrary.content(),
                state.get(StretchState.SECTION, StretchState.class, StretchState.EMPTY),
                s -> state.put(StretchState.SECTION, s), journal::append) : null;
        StretchModel stretchModel = new StretchModel(stretchLibrary, stretchSession, ticker, alerter::cue, nav,
                notices::report);
        if (stretchModel.library().ok()) {
            settingsScreen.addSection("Stretch safety", StretchSettings.section(stretchModel.routines()));
        }
        Shell shell = new Shell(List.of(
                today,
                new TherapyScreen(therapy, nav),
                new StretchScreen(stretchModel),
                warningSigns.screen(),
                new JournalScreen(journalModel, clock),
                settingsScreen), notices);
        nav.setTarget(shell);

        ThemeManager.apply(shell, settings.get());
        settings.settingsProperty().addListener((o, a, s) -> ThemeManager.apply(shell, s));
        shell.show(therapy.runningProperty().get() ? ScreenId.THERAPY : ScreenId.TODAY);
        shell.currentProperty().addListener((o, a, id) -> {
            if (id == ScreenId.TODAY) {
                todayEpisode.refresh();
            }
        });
        todayEpisode.refresh();
        if (!settings.get().disclaimerAccepted()) {
            DisclaimerCard[] card = new DisclaimerCard[1];
            card[0] = new DisclaimerCard(settings.get().emergencyNumber(), () -> {
                settings.acceptDisclaimer();
                shell.closeOverlay(card[0]);
            });
            shell.showOverlay(card[0]);
        }
        return new Built(shell, ctx, stretchModel::appClosing);
    }
}
