package org.backspasm.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.backspasm.core.i18n.Languages;
import org.backspasm.store.DataDirs;
import org.backspasm.store.FileSafety;
import org.backspasm.store.InUse;
import org.backspasm.store.InstanceLock;
import org.backspasm.store.NewerDataException;
import org.backspasm.ui.alert.AudioClipPlayer;
import org.backspasm.ui.alert.SoundDevices;
import org.backspasm.ui.alert.SoundPlayer;
import org.backspasm.ui.shell.Icons;

/** The desktop application: one copy per data folder, the main window, and a clean save on exit. */
public final class App extends Application {
    private static final Logger LOG = Logger.getLogger(App.class.getName());

    private InstanceLock lock;
    private InUse inUse;
    private Path inUseDir;
    /** Set when the app closes to start again (a restore waits); the command that starts it. */
    private volatile java.util.List<String> relaunch;
    private java.util.concurrent.ScheduledExecutorService backupTimer;
    private ExecutorService writer;
    private ExecutorService soundThread;
    private AppAssembly.Built built;
    private Stage stage;
    private org.backspasm.ui.therapy.TrayStatus tray;
    private org.backspasm.ui.alert.ExecutorAlarmScheduler alarms;
    private StartupTexts words;
    private Path startDir;
    private Locale startSystem;

    /**
     * The words of a start that fails or hands over, in the language chosen in the data folder, else the system's.
     * Read from the folder only when one is needed: a normal start reads the settings once, in the store.
     */
    private StartupTexts words() {
        if (words == null) {
            words = StartupTexts.forFolder(startDir, startSystem);
        }
        return words;
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        Path dir = DataDirs.forThisProcess(getParameters().getRaw());
        Locale system = Languages.system(System.getProperty(Languages.PROPERTY), System.getenv(Languages.VARIABLE),
                Locale.getDefault());
        startDir = dir;
        startSystem = system;
        IOException cannotWrite = null;
        try {
            FileSafety.ensurePrivateDir(dir);
            Optional<InstanceLock> acquired = InstanceLock.tryAcquire(dir);
            if (acquired.isEmpty()) {
                handOverToRunningCopy(dir);
                return;
            }
            lock = acquired.get();
            if (!mayOpenHere(dir)) {
                lock.close();
                Platform.exit();
                return;
            }
        } catch (IOException e) {
            // a read-only or missing folder: the app still runs, keeps changes in memory and says so
            cannotWrite = e;
        }
        writer = Executors.newSingleThreadExecutor(daemon("data-writer"));
        soundThread = Executors.newSingleThreadExecutor(daemon("sound"));
        try {
            SoundPlayer sound = SoundDevices.probablyAvailable() ? new AudioClipPlayer(soundThread) : SoundPlayer.SILENT;
            if (sound == SoundPlayer.SILENT) {
                LOG.info("No sound device found; alerts will show on screen without sound.");
            }
            Clock clock = Clock.systemDefaultZone();
            alarms = new org.backspasm.ui.alert.ExecutorAlarmScheduler(clock, Platform::runLater);
            built = AppAssembly.build(dir, clock, writer, sound, system, () -> stage, alarms,
                    getHostServices()::showDocument, org.backspasm.store.Disk.REAL,
                    org.backspasm.desktop.SystemIdle.start(System.getProperty("os.name"), System.getenv()));
        } catch (NewerDataException e) {
            fail(words().newerData(e));
            return;
        }
        if (cannotWrite != null) {
            built.notices().savingFailed(dir, cannotWrite);
        }
        org.backspasm.core.settings.WindowBounds bounds = WindowPlacement.saved(built.state());
        Scene scene = WindowPlacement.scene(built.shell(), bounds);
        primary.setScene(scene);
        primary.titleProperty().bind(built.lang().texts("shell").bind("app.name"));
        primary.getIcons().setAll(icons());
        WindowPlacement.restore(primary, bounds);
        primary.iconifiedProperty().addListener((o, a, min) -> built.ticker().setSuspended(min));
        primary.focusedProperty().addListener((o, a, f) -> {
            built.ticker().setFocused(f);
            if (f) {
                built.sync().check(); // a sync service may have brought a copy from another computer meanwhile
                built.data().dailyBackup(); // a laptop woken on a new day gets its backup at once
            }
        });
        built.data().restarter().set(() -> {
            java.util.Optional<java.util.List<String>> again = Relaunch.command();
            if (again.isEmpty()) {
                return false;
            }
            relaunch = again.get();
            WindowPlacement.remember(primary, built.state());
            Platform.exit();
            return true;
        });
        backupTimer = Executors.newSingleThreadScheduledExecutor(daemon("daily-backup"));
        backupTimer.scheduleAtFixedRate(built.data()::dailyBackup, 1, 1, TimeUnit.HOURS);
        primary.setOnCloseRequest(e -> WindowPlacement.remember(primary, built.state()));
        try {
            if (lock != null) {
                lock.watchRequests(() -> Platform.runLater(this::bringToFront));
            }
        } catch (IOException e) {
            LOG.log(Level.INFO, "cannot watch for a second copy: " + e);
        }
        primary.show();
        WindowPlacement.settle(primary);
        tray = org.backspasm.ui.therapy.TrayStatus.follow(built.therapy(), this::bringToFront,
                built.reminders().nextLineProperty());
        // a thread of its own: a desktop service that hangs never delays an alert's sound
        built.alerter().setDesktopNotifier(org.backspasm.ui.alert.DesktopNotifier.forThisSystem(
                Executors.newSingleThreadExecutor(daemon("desktop-notifications")),
                (title, text) -> tray != null && tray.balloon(title, text),
                org.backspasm.ui.alert.DesktopNotifier.appName(built.lang())));
        StartupProbe.windowShown();
    }

    /**
     * When another computer has this (synced) data folder open, says so and asks before anything is written; then
     * names this computer in the folder. False when the user chose to quit.
     */
    private boolean mayOpenHere(Path dir) {
        String me = InUse.thisMachine();
        Optional<InUse> other = InUse.byAnotherComputer(dir, me);
        if (other.isPresent()) {
            ZoneId zone = ZoneId.systemDefault();
            if (!StartupDialogs.openChosen(StartupDialogs.inUse(words(), other.get(), dir, zone, LocalDate.now(zone)))) {
                return false;
            }
        }
        inUse = new InUse(me, Instant.now());
        inUseDir = dir;
        try {
            inUse.claim(dir);
        } catch (IOException e) {
            LOG.log(Level.INFO, "cannot say in the data folder which computer uses it: " + e);
        }
        return true;
    }

    private void bringToFront() {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    private void handOverToRunningCopy(Path dir) throws IOException {
        if (InstanceLock.askRunningCopyToShow(dir, Duration.ofSeconds(4))) {
            System.out.println(words().broughtToFront());
            Platform.exit();
        } else {
            fail(words().notAnswering(dir));
        }
    }

    private void fail(String message) {
        System.err.println(message);
        StartupDialogs.cannotStart(words(), message).showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (built != null) {
            built.beforeExit().run();
        }
        if (tray != null) {
            tray.remove();
        }
        if (alarms != null) {
            alarms.close();
        }
        if (backupTimer != null) {
            backupTimer.shutdownNow();
        }
        if (writer != null) {
            writer.shutdown();
            try {
                writer.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (soundThread != null) {
            soundThread.shutdownNow();
        }
        if (inUse != null) {
            inUse.release(inUseDir);
        }
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException e) {
                LOG.log(Level.INFO, "lock release failed: " + e);
            }
        }
        if (relaunch != null) {
            try {
                Relaunch.start(relaunch);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not start again; the restore is carried out at the next start: " + e);
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** The window icon, drawn from the app's vector logo at the sizes desktops ask for. */
    private static java.util.List<Image> icons() {
        java.util.List<Image> out = new java.util.ArrayList<>();
        for (int size : new int[] {16, 32, 64, 128}) {
            SVGPath logo = Icons.logo();
            logo.setStyle(null);
            logo.setFill(Color.web(Icons.LOGO_COLOUR));
            double scale = size / 20.0;
            logo.setScaleX(scale);
            logo.setScaleY(scale);
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.TRANSPARENT);
            out.add(logo.snapshot(p, null));
        }
        return out;
    }
}
