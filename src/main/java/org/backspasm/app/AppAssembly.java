package org.backspasm.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.stage.Stage;
import org.backspasm.core.content.Loaded;
import org.backspasm.core.content.SourceRegistry;
import org.backspasm.core.settings.Settings;
import org.backspasm.ui.text.Lang;
import org.backspasm.core.state.Sections;
import org.backspasm.core.status.StatusPart;
import org.backspasm.core.about.AppVersion;
import org.backspasm.store.Backups;
import org.backspasm.store.Disk;
import org.backspasm.store.FileSafety;
import org.backspasm.store.JournalStore;
import org.backspasm.store.NewerDataException;
import org.backspasm.store.StateStore;
import org.backspasm.store.StoreNotices;
import org.backspasm.store.SyncFolder;
import org.backspasm.ui.Feature;
import org.backspasm.ui.FeatureContext;
import org.backspasm.ui.FileOpener;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.SettingsModel;
import org.backspasm.ui.Ticker;
import org.backspasm.desktop.IdleSource;
import org.backspasm.ui.alert.AlarmHub;
import org.backspasm.ui.alert.AlarmScheduler;
import org.backspasm.ui.reminders.RemindersFeature;
import org.backspasm.ui.alert.Alerter;
import org.backspasm.ui.alert.SoundPlayer;
import org.backspasm.ui.data.DataDialogs;
import org.backspasm.ui.data.DataFeature;
import org.backspasm.ui.data.Overlays;
import org.backspasm.ui.journal.JournalFeature;
import org.backspasm.ui.FxThread;
import org.backspasm.ui.rating.RatingBar;
import org.backspasm.ui.rating.RatingPrompts;
import org.backspasm.ui.settings.SettingsFeature;
import org.backspasm.ui.shell.DeferredNavigator;
import org.backspasm.ui.shell.FirstStart;
import org.backspasm.ui.shell.Shell;
import org.backspasm.ui.source.LinkOpener;
import org.backspasm.ui.source.OpenLinkEvent;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.ui.stretch.StretchFeature;
import org.backspasm.ui.theme.ThemeManager;
import org.backspasm.ui.therapy.TherapyFeature;
import org.backspasm.ui.therapy.TherapyModel;
import org.backspasm.ui.today.TodayFeature;
import org.backspasm.ui.warningsigns.WarningSignsFeature;

/**
 * Builds the whole app for a data folder and a clock: stores, models, screens and the shell. The one place where
 * parts are wired together; the application and the UI tests both use it (tests with a fake clock, a temp folder,
 * a same-thread writer and a recording sound player).
 */
public final class AppAssembly {

    /**
     * What the assembly made: the shell to put in a scene, the parts the window itself uses (the state for its
     * bounds, the ticker for focus and minimising, the alerter for desktop notices, the ice and heat timer for the
     * tray icon, the notices for a data folder
     * that cannot be written; tests also read the journal and settings), and what to do just before the app exits
     * (on the FX thread, before the data writer is drained).
     */
    public record Built(Shell shell, StateStore state, JournalStore journal, SettingsModel settings, Ticker ticker,
            Alerter alerter, TherapyModel therapy, StoreNotices notices, Runnable beforeExit, SyncFolder sync,
            RemindersFeature reminders, DataFeature data, Lang lang) {
    }

    private AppAssembly() {
    }

    /**
     * The features, in the order of the navigation (Ctrl+1, Ctrl+2...). Adding a screen is one line here and its
     * feature class; see docs/shape.md.
     */
    public static List<Feature> features() {
        return features(new RemindersFeature());
    }

    /** The same, with the reminders made for the window (idle time, links, bringing the window back). */
    private static List<Feature> features(RemindersFeature reminders) {
        return List.of(new TodayFeature(), new TherapyFeature(), new StretchFeature(), new WarningSignsFeature(),
                new JournalFeature(), new SettingsFeature(), reminders);
    }

    /** Every feature's part of {@code --status}, in the order of the list (the features are not started). */
    public static List<StatusPart> statusParts() {
        return features().stream().flatMap(f -> f.status().stream()).toList();
    }


    /** The app with source links that open nowhere (tests). */
    public static Built build(Path dataDir, Clock clock, Executor writer, SoundPlayer sound, Locale locale,
            Supplier<Stage> stage, AlarmScheduler alarms) throws NewerDataException {
        return build(dataDir, clock, writer, sound, locale, stage, alarms, LinkOpener.NONE);
    }

    /**
     * @param links opens web links of sources and saved reports (the app passes {@code HostServices.showDocument})
     */
    public static Built build(Path dataDir, Clock clock, Executor writer, SoundPlayer sound, Locale locale,
            Supplier<Stage> stage, AlarmScheduler alarms, LinkOpener links) throws NewerDataException {
        return build(dataDir, clock, writer, sound, locale, stage, alarms, links, Disk.REAL);
    }

    /** The same, with the stores writing through the disk given (tests hand in one that fails like a full disk). */
    public static Built build(Path dataDir, Clock clock, Executor writer, SoundPlayer sound, Locale locale,
            Supplier<Stage> stage, AlarmScheduler alarms, LinkOpener links, Disk disk) throws NewerDataException {
        return build(dataDir, clock, writer, sound, locale, stage, alarms, links, disk, IdleSource.NONE);
    }

    /** The same, with what the desktop tells of idle time and do-not-disturb (the app passes the system's). */
    public static Built build(Path dataDir, Clock clock, Executor writer, SoundPlayer sound, Locale locale,
            Supplier<Stage> stage, AlarmScheduler alarms, LinkOpener links, Disk disk, IdleSource idle)
            throws NewerDataException {
        StoreNotices notices = new StoreNotices();
        // a restore chosen before is carried out, and the day's backup taken, before anything is read
        List<org.backspasm.core.state.Notice> dataNews = DataAtStart.run(dataDir, clock);
        SyncFolder.settleStateAtStart(dataDir, notices, clock);
        StateStore state = StateStore.open(dataDir, writer, notices, clock, disk);
        JournalStore journal = JournalStore.open(dataDir, writer, notices, clock, disk);
        dataNews.forEach(notices::report);
        SyncFolder sync = new SyncFolder(dataDir, journal, notices, clock);
        sync.check(); // again whenever the window regains focus
        SettingsModel settings = new SettingsModel(state.get(Sections.SETTINGS, Settings.defaults(locale)),
                Sections.saver(state, Sections.SETTINGS), clock, locale);
        Lang lang = new Lang(speaks(locale, settings.get()));
        DataFeature data = DataFeature.create(new Backups(dataDir, clock, AppVersion.current()), journal, clock,
                locale, lang, writer, notices::report);
        Locale.setDefault(Locale.Category.FORMAT, lang.locale()); // the date picker's month and day names
        settings.settingsProperty().addListener((o, a, s) -> {
            Locale next = speaks(locale, s);
            if (!next.equals(lang.locale())) {
                Locale.setDefault(Locale.Category.FORMAT, next);
                lang.set(next);
            }
        });
        Ticker ticker = new Ticker(clock);
        Alerter alerter = new Alerter(clock, sound, () -> settings.get().soundOn(), stage);
        RemindersFeature reminders = new RemindersFeature(idle, links::open, () -> bringBack(stage.get()));
        List<Feature> features = features(reminders);
        List<Feature> screens = features.stream().filter(Feature::hasScreen).toList();
        DeferredNavigator nav = new DeferredNavigator(screens);
        Loaded<SourceRegistry> sources = Loaded.of(SourceRegistry::loadDefault);
        FileOpener opener = file -> links.open(file.toUri().toString());
        AlarmHub hub = new AlarmHub(alarms); // one alarm thread; the timer and the reminders each arm a channel
        RatingPrompts ratings = new RatingPrompts(clock, journal::entries, journal::append, hub.channel());
        journal.onAppend(FxThread.consumer(ratings.journalListener()));
        FeatureContext app = new FeatureContext(clock, state, journal, nav, ticker, alerter, hub, notices::report,
                sources, SourceLines.of(sources, lang), opener, FileSafety::writeAtomically, settings, dataDir,
                features, data, lang, ratings);
        features.forEach(f -> f.start(app));
        TherapyModel therapy = features.stream().filter(TherapyFeature.class::isInstance)
                .map(f -> ((TherapyFeature) f).model()).findFirst().orElseThrow();

        Shell shell = new Shell(screens, notices, lang);
        nav.setTarget(shell);
        shell.addBottomBar(new RatingBar(ratings, lang, shell::hasOverlay));
        DataDialogs.follow(data.model(), new Overlays() {
            @Override
            public void show(javafx.scene.Node card) {
                shell.showOverlay(card);
            }

            @Override
            public void close(javafx.scene.Node card) {
                shell.closeOverlay(card);
            }
        });
        shell.addEventHandler(OpenLinkEvent.OPEN, e -> links.open(e.url()));
        ThemeManager.apply(shell, settings.get());
        settings.settingsProperty().addListener((o, a, s) -> ThemeManager.apply(shell, s));
        // a running timer opens the window on it
        shell.show(therapy.runningProperty().get() ? ScreenId.THERAPY : ScreenId.TODAY);
        FirstStart.show(shell, settings, app.lines(), lang); // the disclaimer once, then the local emergency number if unsure
        return new Built(shell, state, journal, settings, ticker, alerter, therapy, notices,
                () -> features.forEach(Feature::closing), sync, reminders, data, lang);
    }

    /** The main window back: un-minimised, shown, in front. */
    private static void bringBack(Stage s) {
        if (s != null) {
            s.setIconified(false);
            s.show();
            s.toFront();
        }
    }

    /**
     * The language the app speaks: the one chosen in Settings (System = the computer's, if the app has it); the
     * pseudo-locale, when a developer asked for it with {@code -Dbackspasm.locale=pseudo}, whatever was chosen.
     */
    static Locale speaks(Locale system, Settings settings) {
        return settings.speaks(system);
    }
}
