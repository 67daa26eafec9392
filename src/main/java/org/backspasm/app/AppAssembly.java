package org.backspasm.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.stage.Stage;
import org.backspasm.core.content.Loaded;
import org.backspasm.core.content.SourceRegistry;
import org.backspasm.core.episode.Episode;
import org.backspasm.core.episode.EpisodeBook;
import org.backspasm.core.warningsigns.OfferDismissals;
import org.backspasm.core.stretch.StretchSession;
import org.backspasm.core.stretch.StretchState;
import org.backspasm.core.therapy.TherapySession;
import org.backspasm.core.therapy.TherapyState;
import org.backspasm.store.Disk;
import org.backspasm.store.JournalStore;
import org.backspasm.store.NewerDataException;
import org.backspasm.store.StateStore;
import org.backspasm.store.StoreNotices;
import org.backspasm.ui.FileOpener;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.Ticker;
import org.backspasm.ui.alert.AlarmScheduler;
import org.backspasm.ui.alert.Alerter;
import org.backspasm.ui.alert.SoundPlayer;
import org.backspasm.ui.journal.JournalModel;
import org.backspasm.ui.journal.JournalScreen;
import org.backspasm.ui.warningsigns.CheckOffersModel;
import org.backspasm.ui.warningsigns.WarningSignsFeature;
import org.backspasm.ui.settings.AlertSettingsPane;
import org.backspasm.core.settings.AlertSettings;
import org.backspasm.core.settings.Settings;
import org.backspasm.core.i18n.Languages;
import org.backspasm.ui.text.Lang;
import org.backspasm.ui.text.Texts;
import org.backspasm.ui.settings.SettingsModel;
import org.backspasm.ui.settings.SettingsScreen;
import org.backspasm.ui.shell.DeferredNavigator;
import org.backspasm.ui.shell.DisclaimerCard;
import org.backspasm.ui.shell.LazyScreen;
import org.backspasm.ui.shell.Shell;
import org.backspasm.ui.source.LinkOpener;
import org.backspasm.ui.source.OpenLinkEvent;
import org.backspasm.ui.source.SourceLines;
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
     * What the assembly made: the shell to put in a scene, the parts the window itself uses (the state for its
     * bounds, the ticker for focus and minimising, the alerter for desktop notices, the ice and heat timer for the
     * tray icon, the notices for a data folder
     * that cannot be written; tests also read the journal and settings), and what to do just before the app exits
     * (on the FX thread, before the data writer is drained).
     */
    public record Built(Shell shell, StateStore state, JournalStore journal, SettingsModel settings, Ticker ticker,
            Alerter alerter, TherapyModel therapy, StoreNotices notices, Runnable beforeExit, Lang lang) {
    }

    private AppAssembly() {
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
        StoreNotices notices = new StoreNotices();
        StateStore state = StateStore.open(dataDir, writer, notices, clock, disk);
        JournalStore journal = JournalStore.open(dataDir, writer, notices, clock, disk);
        SettingsModel settings = new SettingsModel(
                state.get(SettingsModel.SECTION, Settings.class, Settings.defaults(locale)),
                s -> state.put(SettingsModel.SECTION, s), clock);
        Lang lang = new Lang(speaks(locale, settings.get()));
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
        AlertSettingsPane alertSettings = new AlertSettingsPane(
                state.get(AlertSettingsPane.SECTION, AlertSettings.class, AlertSettings.DEFAULTS),
                a -> state.put(AlertSettingsPane.SECTION, a));
        alerter.setSwitches(() -> alertSettings.get().raises(), () -> alertSettings.get().notifiesDesktop());
        DeferredNavigator nav = new DeferredNavigator();

        // the stretch content (JSON) is read and checked once, on a thread of its own while the window is built
        Loaded<SourceRegistry> registry = Loaded.of(SourceRegistry::loadDefault);
        CompletableFuture<StretchLibrary> stretchContent = CompletableFuture.supplyAsync(
                () -> StretchLibrary.load(registry),
                r -> daemon(r, "content-loader").start());
        Memo<StretchModel> stretchModel = new Memo<>(() -> {
            StretchLibrary library = stretchContent.join();
            StretchSession session = library.ok() ? new StretchSession(clock, library.content(),
                    state.get(StretchState.SECTION, StretchState.class, StretchState.EMPTY),
                    s -> state.put(StretchState.SECTION, s), journal::append) : null;
            return new StretchModel(library, session, ticker, alerter::cue, nav, notices::report);
        });
        EpisodeModel episode = new EpisodeModel(new EpisodeBook(clock,
                state.get(EpisodeBook.SECTION, Episode.class, null), e -> state.put(EpisodeBook.SECTION, e),
                journal::append));
        TherapyModel therapy = new TherapyModel(new TherapySession(clock, alarms::monotonicNanos,
                state.get(TherapySession.SECTION, TherapyState.class, TherapyState.EMPTY),
                s -> state.put(TherapySession.SECTION, s), journal::append), episode, ticker, alerter, alarms);
        SourceLines sources = SourceLines.of(registry, lang);
        EpisodeCard todayEpisode = new EpisodeCard(new EpisodeCardModel(episode), nav, "today", true,
                sources);
        FileOpener opener = file -> links.open(file.toUri().toString());
        WarningSignsFeature warningSigns = WarningSignsFeature.create(clock, journal, new CheckOffersModel.Dismissals() {
            @Override
            public OfferDismissals load() {
                return state.get(OfferDismissals.SECTION, OfferDismissals.class, OfferDismissals.none());
            }

            @Override
            public void save(OfferDismissals d) {
                state.put(OfferDismissals.SECTION, d);
            }
        }, settings, notices::report, nav, registry, sources, opener);
        TodayScreen today = new TodayScreen(clock, nav, journal::append,
                List.of(new RunningTimerCard(therapy, nav), warningSigns.offersCard(), todayEpisode), lang);
        // screens are built when first shown; Ice & Heat too (when a timer runs, the window opens on it and builds it
        // then): its timer, alarms and alerts live in the model, the screen only shows them
        Shell shell = new Shell(List.of(
                today,
                new LazyScreen(ScreenId.THERAPY, () -> new TherapyScreen(therapy, nav, sources)),
                new LazyScreen(ScreenId.STRETCHES, () -> new StretchScreen(stretchModel.get(), sources)),
                warningSigns.screen(),
                new LazyScreen(ScreenId.JOURNAL, () -> new JournalScreen(new JournalModel(journal), clock, lang)),
                new LazyScreen(ScreenId.SETTINGS, () -> {
                    SettingsScreen settingsScreen = new SettingsScreen(settings, dataDir, lang);
                    Texts st = lang.texts("settings");
                    settingsScreen.addSection(st.get("section.alerts"), alertSettings.nodes());
                    settingsScreen.addSection(st.get("section.therapySafety"), SafetySettings.nodes(therapy, sources));
                    if (stretchModel.get().library().ok()) {
                        settingsScreen.addSection(st.get("section.stretchSafety"),
                                StretchSettings.section(stretchModel.get().routines(), sources));
                    }
                    return settingsScreen;
                })), notices, lang);
        // content that cannot be read is reported at start, as before, not only when Stretches is opened
        stretchContent.thenAccept(library -> {
            if (!library.ok()) {
                javafx.application.Platform.runLater(stretchModel::get);
            }
        });
        nav.setTarget(shell);
        shell.addEventHandler(OpenLinkEvent.OPEN, e -> links.open(e.url()));

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
            }, sources, lang);
            shell.showOverlay(card[0]);
        }
        return new Built(shell, state, journal, settings, ticker, alerter, therapy, notices,
                () -> stretchModel.ifMade(StretchModel::appClosing), lang);
    }

    /**
     * The language the app speaks: the one chosen in Settings (System = the computer's, if the app has it); the
     * pseudo-locale, when a developer asked for it with {@code -Dbackspasm.locale=pseudo}, whatever was chosen.
     */
    static Locale speaks(Locale system, Settings settings) {
        return Languages.forced(system) ? system : settings.language().resolve(system);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** A value made on first use (on the FX thread), and whether it was made. */
    private static final class Memo<T> implements Supplier<T> {
        private Supplier<T> maker;
        private T value;

        Memo(Supplier<T> maker) {
            this.maker = maker;
        }

        @Override
        public T get() {
            if (maker != null) {
                value = maker.get();
                maker = null;
            }
            return value;
        }

        void ifMade(java.util.function.Consumer<T> action) {
            if (maker == null) {
                action.accept(value);
            }
        }
    }
}
