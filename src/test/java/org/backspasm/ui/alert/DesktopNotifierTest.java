package org.backspasm.ui.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.Locale;
import org.backspasm.core.i18n.Messages;
import org.backspasm.ui.text.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each desktop route is detected, its command is right, and a missing or failing one never blocks the others. */
class DesktopNotifierTest {
    private final List<List<String>> ran = new ArrayList<>();

    private DesktopNotifier.Commands exits(int... codes) {
        int[] next = {0};
        return cmd -> {
            ran.add(cmd);
            int code = codes[Math.min(next[0]++, codes.length - 1)];
            if (code < 0) {
                throw new IOException("no such program");
            }
            return code;
        };
    }

    private static String english() {
        return "Back Spasm Companion";
    }

    private static Optional<Path> found(String name) {
        return Optional.of(Path.of("/usr/bin", name));
    }

    @Test
    void linuxUsesNotifySendThenGdbus() {
        List<DesktopNotifier.Route> routes = DesktopNotifier.routesFor("Linux", DesktopNotifierTest::found,
                (t, x) -> false, exits(1, 0), DesktopNotifierTest::english);
        DesktopNotifier n = new DesktopNotifier(routes, Runnable::run);
        assertEquals(List.of("notify-send", "gdbus"), n.routeNames());
        assertEquals(Optional.of("gdbus"), n.deliver("Time to take the ice off", "It's 20 minutes: take 'it' off."));
        assertEquals(List.of("/usr/bin/notify-send", "--app-name=Back Spasm Companion", "--urgency=critical", "--",
                "Time to take the ice off", "It's 20 minutes: take 'it' off."), ran.get(0));
        List<String> gdbus = ran.get(1);
        assertEquals("org.freedesktop.Notifications.Notify", gdbus.get(gdbus.indexOf("--method") + 1));
        assertTrue(gdbus.contains("'It\\'s 20 minutes: take \\'it\\' off.'"), gdbus.toString());
    }

    @Test
    void theAppNameShownWithANotificationIsInTheLanguageOfTheMoment() {
        Lang lang = new Lang(Locale.UK);
        DesktopNotifier n = new DesktopNotifier(DesktopNotifier.routesFor("Linux", DesktopNotifierTest::found,
                (t, x) -> false, exits(0), DesktopNotifier.appName(lang)), Runnable::run);
        n.deliver("t", "x");
        lang.set(Locale.forLanguageTag("es-MX"));
        n.deliver("t", "x");
        assertEquals("--app-name=" + Messages.of("shell", Locale.UK).text("app.name"), ran.get(0).get(1));
        assertEquals("--app-name=Compañero para el dolor de espalda", ran.get(1).get(1));
    }

    @Test
    void linuxWithoutEitherCommandHasNoRouteAndDoesNothing() {
        DesktopNotifier n = new DesktopNotifier(DesktopNotifier.routesFor("Linux", name -> Optional.empty(),
                (t, x) -> true, exits(0), DesktopNotifierTest::english), Runnable::run);
        assertTrue(n.routeNames().isEmpty());
        n.notify("a", "b");
        assertTrue(ran.isEmpty());
    }

    @Test
    void macUsesNotificationCentreThroughOsascript() {
        DesktopNotifier n = new DesktopNotifier(DesktopNotifier.routesFor("Mac OS X", DesktopNotifierTest::found,
                (t, x) -> false, exits(0), DesktopNotifierTest::english), Runnable::run);
        assertEquals(Optional.of("osascript"), n.deliver("Skin break over", "Say \"hi\" \\ bye"));
        assertEquals(List.of("/usr/bin/osascript", "-e",
                "display notification \"Say \\\"hi\\\" \\\\ bye\" with title \"Skin break over\""), ran.get(0));
    }

    @Test
    void windowsUsesTheTrayBalloon() {
        List<String> balloons = new ArrayList<>();
        DesktopNotifier n = new DesktopNotifier(DesktopNotifier.routesFor("Windows 11", DesktopNotifierTest::found,
                (t, x) -> balloons.add(t), exits(0), DesktopNotifierTest::english), Runnable::run);
        assertEquals(Optional.of("tray balloon"), n.deliver("Time to take the heat off", "text"));
        assertEquals(List.of("Time to take the heat off"), balloons);
        assertTrue(ran.isEmpty());
    }

    @Test
    void aFailingRouteNeverThrowsAndNeverBlocksTheNext() {
        DesktopNotifier.Route broken = new DesktopNotifier.Route() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public boolean send(String title, String text) {
                throw new IllegalStateException("the service crashed");
            }
        };
        List<DesktopNotifier.Route> routes = new ArrayList<>(List.of(broken));
        routes.addAll(DesktopNotifier.routesFor("Linux", DesktopNotifierTest::found, (t, x) -> false, exits(-1, 0),
                DesktopNotifierTest::english));
        DesktopNotifier n = new DesktopNotifier(routes, Runnable::run);
        assertEquals(Optional.of("gdbus"), n.deliver("t", "x"), "broken, then notify-send missing, then gdbus");
        DesktopNotifier refused = new DesktopNotifier(routes, r -> {
            throw new RejectedExecutionException("shut down");
        });
        refused.notify("t", "x"); // nothing thrown
    }

    @Test
    void commandsAreFoundOnThePathOnlyWhenExecutable(@TempDir Path dir) throws IOException {
        Path tool = Files.createFile(dir.resolve("notify-send"));
        assertTrue(DesktopNotifier.onPath("notify-send", dir.toString()).isEmpty(), "not executable");
        assertTrue(tool.toFile().setExecutable(true));
        assertEquals(Optional.of(tool), DesktopNotifier.onPath("notify-send", "/nonexistent" + java.io.File.pathSeparator + dir));
        assertTrue(DesktopNotifier.onPath("gdbus", null).isEmpty());
    }
}
