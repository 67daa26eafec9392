package org.backspasm.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.backspasm.core.state.Sections;
import org.backspasm.app.AppAssembly;
import org.backspasm.core.settings.Settings;
import org.backspasm.store.StateStore;
import org.backspasm.store.StoreNotices;
import org.backspasm.ui.shell.Shell;
import org.backspasm.ui.SettingsModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Base for robot tests of the whole app: a fresh temp data folder per test, a fake clock, a same-thread writer
 * and a recording sound player. By default the disclaimer is already accepted; override
 * {@link #acceptDisclaimerBeforeStart()} to see it.
 */
public abstract class AppUiTest extends FxRobot {
    public static final double WIDTH = 1100;
    public static final double HEIGHT = 740;

    @TempDir
    protected Path dataDir;
    protected final FakeClock clock = FakeClock.at("2026-11-22T09:30:00Z");
    protected final RecordingSoundPlayer sound = new RecordingSoundPlayer();
    /** The files the app asked the computer to open (a report), in order. */
    protected final List<Path> opened = new ArrayList<>();
    /** The alarm: wakes only when a test lets time pass through it ({@code fx(() -> alarms.pass(...))}). */
    protected final ManualAlarmScheduler alarms = new ManualAlarmScheduler(clock);
    /** The window's short waits (an alert shown once the window is back): they end when a test runs them. */
    protected final ManualDelays delays = new ManualDelays();
    protected Stage stage;
    protected Shell shell;
    /** What the app was built from: its stores, settings, ticker, alerter and notices. */
    protected AppAssembly.Built ctx;
    /** The web links the app was asked to open (source links), in order. */
    protected final List<String> openedLinks = new CopyOnWriteArrayList<>();
    /** What the app runs just before it exits. */
    protected Runnable beforeExit;

    /** The name of the test method running (a test class may open some of its tests at another size). */
    protected String testMethod = "";

    @BeforeEach
    void startApp(org.junit.jupiter.api.TestInfo info) throws Exception {
        testMethod = info.getTestMethod().map(java.lang.reflect.Method::getName).orElse("");
        prepareDataDir(dataDir);
        if (acceptDisclaimerBeforeStart()) {
            acceptDisclaimer(dataDir);
        }
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            try {
                AppAssembly.Built built = AppAssembly.build(dataDir, clock, Runnable::run, sound, locale(), () -> s,
                        alarms, url -> {
                            if (url.startsWith("file:")) {
                                opened.add(Path.of(URI.create(url)));
                            } else {
                                openedLinks.add(url);
                            }
                        });
                built.alerter().setPopupsEnabled(false);
                built.alerter().setDelays(delays);
                shell = built.shell();
                ctx = built;
                beforeExit = built.beforeExit();
                s.setScene(new Scene(shell, sceneWidth(), sceneHeight()));
                s.sizeToScene(); // the primary stage is shared between tests: never inherit an earlier test's size
                s.titleProperty().bind(built.lang().texts("shell").bind("app.name")); // as the app does
                s.setX(0); // a window that came back from a smaller size must not run off Monocle's screen
                s.setY(0);
                s.show();
                s.toFront();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopApp() throws TimeoutException {
        FxToolkit.cleanupStages();
        interact(() -> stage.titleProperty().unbind()); // the primary stage is shared with the next test
    }

    /** The size the window's scene opens at. */
    protected double sceneWidth() {
        return WIDTH;
    }

    protected double sceneHeight() {
        return HEIGHT;
    }

    protected boolean acceptDisclaimerBeforeStart() {
        return true;
    }

    /** The computer's locale the app is built with (its country gives the emergency number). */
    protected Locale locale() {
        return Locale.UK;
    }

    /** A hook to put files in the data folder before the app opens it. */
    protected void prepareDataDir(Path dir) throws IOException {
    }

    protected static void acceptDisclaimer(Path dir) throws IOException {
        StateStore s = StateStore.open(dir, Runnable::run, new StoreNotices(), FakeClock.at("2026-01-01T00:00:00Z"));
        Settings current = s.get(Sections.SETTINGS, Settings.defaults(Locale.UK));
        if (!current.disclaimerAccepted()) {
            s.put(Sections.SETTINGS, current.withDisclaimerAcceptedAt(Instant.parse("2026-01-01T00:00:00Z")));
        }
        if (!Files.exists(dir.resolve(StateStore.FILE_NAME))) {
            throw new IllegalStateException("the accepted disclaimer was not written to " + dir);
        }
    }

    protected void fx(Runnable r) {
        interact(r);
    }

    /**
     * Clicks as a user would: a node below or above the visible part of a scrolling screen is scrolled into view
     * first (Today holds more than one window's height once an episode companion, offers and the pain log show).
     */
    @Override
    public org.testfx.api.FxRobotInterface clickOn(String query, javafx.scene.input.MouseButton... buttons) {
        scrollIntoView(query);
        settleLayout(query);
        return super.clickOn(query, buttons);
    }

    /**
     * Lays out the node's scene now, so the point clicked is where the node is: on a loaded machine the next pulse
     * (which would lay it out) can come after the robot has read a stale position, and the click lands elsewhere.
     */
    protected void settleLayout(String query) {
        interact(() -> lookup(query).tryQuery().map(javafx.scene.Node::getScene).ifPresent(scene -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        }));
    }

    /** Scrolls every scroll pane around the node so that the node shows (does nothing when it already does). */
    protected void scrollIntoView(String query) {
        java.util.Optional<javafx.scene.Node> found = lookup(query).tryQuery();
        if (found.isEmpty()) {
            return;
        }
        javafx.scene.Node node = found.get();
        interact(() -> {
            for (javafx.scene.Node p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
                    javafx.scene.Node content = sp.getContent();
                    javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
                    double contentH = content.getLayoutBounds().getHeight();
                    double viewH = sp.getViewportBounds().getHeight();
                    if (contentH <= viewH) {
                        continue;
                    }
                    double top = sp.getVvalue() * (contentH - viewH);
                    if (b.getMinY() < top || b.getMaxY() > top + viewH) {
                        double want = Math.max(0, Math.min(contentH - viewH, b.getMinY() - 24));
                        sp.setVvalue(want / (contentH - viewH));
                        sp.layout();
                    }
                }
            }
        });
    }
}
