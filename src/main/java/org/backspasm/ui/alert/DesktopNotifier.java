package org.backspasm.ui.alert;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Native desktop notifications, where the system has them: on Linux the freedesktop notification service (through
 * {@code notify-send} when it is on the PATH, else {@code gdbus}), on macOS Notification Centre (through
 * {@code osascript}), on Windows the tray balloon. Each route is detected; they are tried in order on a background
 * thread until one works. A missing or failing route never blocks the others and never throws.
 */
public final class DesktopNotifier {
    private static final Logger LOG = Logger.getLogger(DesktopNotifier.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** One way to the desktop's notifications: true when the notification was handed over. */
    public interface Route {
        String name();

        boolean send(String title, String text) throws Exception;
    }

    /** Runs a command and returns its exit code (or throws when it cannot be run or takes too long). */
    public interface Commands {
        int run(List<String> command) throws IOException, InterruptedException;
    }

    /** Sends nothing. */
    public static final DesktopNotifier NONE = new DesktopNotifier(List.of(), Runnable::run);

    private final List<Route> routes;
    private final Executor background;

    public DesktopNotifier(List<Route> routes, Executor background) {
        this.routes = List.copyOf(routes);
        this.background = background;
    }

    /**
     * The routes for this computer. {@code trayBalloon} shows a tray balloon (Windows) and says whether it could;
     * {@code appName} is the app's name in the language of the moment, shown with each notification.
     */
    public static DesktopNotifier forThisSystem(Executor background, BiPredicate<String, String> trayBalloon,
            Supplier<String> appName) {
        return new DesktopNotifier(routesFor(System.getProperty("os.name", ""),
                name -> onPath(name, System.getenv("PATH")), trayBalloon, DesktopNotifier::runCommand, appName),
                background);
    }

    /** The app's name as the window's title says it, in the language of the moment. */
    public static Supplier<String> appName(org.backspasm.ui.text.Lang lang) {
        org.backspasm.ui.text.Texts shell = lang.texts("shell");
        return () -> shell.get("app.name");
    }

    /** The routes for an operating system, given where commands are found and the app's name (asked at each send). */
    static List<Route> routesFor(String osName, Function<String, Optional<Path>> find,
            BiPredicate<String, String> trayBalloon, Commands commands, Supplier<String> appName) {
        String os = osName.toLowerCase(Locale.ROOT);
        List<Route> out = new ArrayList<>();
        if (os.startsWith("mac")) {
            find.apply("osascript").ifPresent(p -> out.add(command("osascript", commands,
                    (t, x) -> List.of(p.toString(), "-e", "display notification " + appleScript(x)
                            + " with title " + appleScript(t)))));
        } else if (os.startsWith("windows")) {
            out.add(new Route() {
                @Override
                public String name() {
                    return "tray balloon";
                }

                @Override
                public boolean send(String title, String text) {
                    return trayBalloon.test(title, text);
                }
            });
        } else {
            find.apply("notify-send").ifPresent(p -> out.add(command("notify-send", commands,
                    (t, x) -> List.of(p.toString(), "--app-name=" + appName.get(), "--urgency=critical", "--", t, x))));
            find.apply("gdbus").ifPresent(p -> out.add(command("gdbus", commands,
                    (t, x) -> List.of(p.toString(), "call", "--session", "--dest", "org.freedesktop.Notifications",
                            "--object-path", "/org/freedesktop/Notifications",
                            "--method", "org.freedesktop.Notifications.Notify", gvariant(appName.get()), "0",
                            gvariant(""),
                            gvariant(t), gvariant(x), "[]", "{'urgency': <byte 2>}", "-1"))));
        }
        return out;
    }

    /** Hands the notification to the first route that takes it, away from the calling thread. */
    public void notify(String title, String text) {
        if (routes.isEmpty()) {
            return;
        }
        try {
            background.execute(() -> deliver(title, text));
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "desktop notification not sent: " + e);
        }
    }

    /** Tries each route in turn; returns the name of the one that worked, or empty. Never throws. */
    Optional<String> deliver(String title, String text) {
        for (Route r : routes) {
            try {
                if (r.send(title, text)) {
                    return Optional.of(r.name());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            } catch (Exception | LinkageError e) {
                LOG.log(Level.INFO, "desktop notification through " + r.name() + " failed: " + e);
            }
        }
        return Optional.empty();
    }

    public List<String> routeNames() {
        return routes.stream().map(Route::name).toList();
    }

    private interface Argv {
        List<String> of(String title, String text);
    }

    private static Route command(String name, Commands commands, Argv line) {
        return new Route() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean send(String title, String text) throws Exception {
                return commands.run(line.of(title, text)) == 0;
            }
        };
    }

    /** A string in GVariant text form, as gdbus reads its arguments. */
    static String gvariant(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** A string literal in AppleScript. */
    static String appleScript(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The executable of that name in a PATH-style list of folders. */
    static Optional<Path> onPath(String name, String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path p = Path.of(dir, name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static int runCommand(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new IOException(command.get(0) + " did not answer within " + TIMEOUT.toSeconds() + " s");
        }
        return p.exitValue();
    }
}
