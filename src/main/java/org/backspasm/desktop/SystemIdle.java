package org.backspasm.desktop;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The system's idle time and do-not-disturb, read through JNA: X11's screen-saver extension (not under Wayland,
 * where X11 sees only its own windows' input), Windows' {@code GetLastInputInfo}, macOS'
 * {@code CGEventSourceSecondsSinceLastEventType}. The native part loads on a thread of its own after start (it
 * is not needed in the first seconds); until then, and wherever nothing answers, it tells nothing and the reminders
 * use plain intervals. GNOME's do-not-disturb switch is read with {@code gsettings}, only when a reminder is about
 * to show (never at an ordinary wake).
 */
public final class SystemIdle implements IdleSource {
    private static final Logger LOG = Logger.getLogger(SystemIdle.class.getName());

    private final Map<String, String> env;
    private volatile Means means = Means.NONE;
    private volatile Supplier<Optional<Duration>> idle = Optional::empty;
    private volatile java.util.function.BooleanSupplier fullScreen = () -> false;
    private final boolean gnome;

    private SystemIdle(Map<String, String> env) {
        this.env = env;
        this.gnome = env.getOrDefault("XDG_CURRENT_DESKTOP", "").toUpperCase(Locale.ROOT).contains("GNOME");
    }

    /** Starts reading this system's idle time in the background; answers nothing until it is ready. */
    public static SystemIdle start(String osName, Map<String, String> env) {
        SystemIdle s = new SystemIdle(env);
        Thread t = new Thread(() -> s.connect(osName == null ? "" : osName.toLowerCase(Locale.ROOT)), "idle-time");
        t.setDaemon(true);
        t.start();
        return s;
    }

    private void connect(String os) {
        try {
            if (os.startsWith("windows")) {
                WindowsIdle w = new WindowsIdle();
                w.idle().orElseThrow();
                idle = w::idle;
                fullScreen = w::doNotDisturb;
                means = Means.WINDOWS_LAST_INPUT;
            } else if (os.startsWith("mac")) {
                MacIdle m = new MacIdle();
                m.idle().orElseThrow();
                idle = m::idle;
                means = Means.MACOS_EVENT_SOURCE;
            } else if (!"wayland".equalsIgnoreCase(env.getOrDefault("XDG_SESSION_TYPE", ""))) {
                X11Idle.open(env.get("DISPLAY")).ifPresent(x -> {
                    idle = x::idle;
                    fullScreen = x::focusedFullScreen;
                    means = Means.X11_SCREENSAVER;
                });
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.INFO, "No idle time from this system; plain intervals are used: " + e);
        }
    }

    @Override
    public Optional<Duration> idle() {
        try {
            return idle.get();
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean doNotDisturb() {
        try {
            return fullScreen.getAsBoolean() || (gnome && gnomeBannersOff());
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @Override
    public Means means() {
        return means;
    }

    @Override
    public boolean seesDoNotDisturb() {
        return means == Means.X11_SCREENSAVER || means == Means.WINDOWS_LAST_INPUT || gnome;
    }

    /** GNOME's do-not-disturb is "show-banners false"; a second at most, else it is taken as off. */
    private static boolean gnomeBannersOff() {
        try {
            Process p = new ProcessBuilder("gsettings", "get", "org.gnome.desktop.notifications", "show-banners")
                    .redirectErrorStream(true).start();
            if (!p.waitFor(1, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return new String(p.getInputStream().readAllBytes()).strip().equals("false");
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
