package org.backspasm.ui.therapy;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.EventQueue;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import org.backspasm.core.therapy.RunStatus;
import org.backspasm.core.therapy.SegmentKind;

/**
 * A system-tray icon with the time left, shown only while an ice/heat timer runs and only where the desktop has a
 * tray. AWT is touched only then (never in tests, never headless), always on its own event thread; any failure
 * turns the tray off for the rest of the run. The icon is a small ring in the segment's colour; its tooltip is the
 * timer's accessible text (changes once a minute); a click brings the window to the front.
 */
public final class TrayStatus {
    private static final Logger LOG = Logger.getLogger(TrayStatus.class.getName());
    // plain RGB, not java.awt.Color constants: initialising Color loads AWT's native libraries and starts its
    // graphics environment (about 250 classes, libawt_xawt and the X11 libraries), and this class is loaded at
    // every start, also where no tray is wanted
    private static final int ICE = 0x2b73b8;
    private static final int HEAT = 0xc2521a;
    private static final int BREAK = 0x5b7d4b;
    private static final int TRACK = 0x9aa3a8;

    private final TherapyModel model;
    private final Runnable showWindow;
    private javafx.beans.value.ObservableValue<String> extra;
    private volatile boolean broken;
    private TrayIcon icon; // only touched on the AWT event thread
    private String lastKey = "";
    private volatile boolean awtStarted; // false until the icon is first asked for: AWT is untouched until then

    private TrayStatus(TherapyModel model, Runnable showWindow) {
        this.model = model;
        this.showWindow = showWindow;
    }

    /**
     * Whether to offer a tray icon at all: on Windows and macOS, and on Linux desktops known to have a tray
     * (GNOME has none, and starting AWT beside GTK prints a harmless but alarming GDK warning). The system property
     * {@code backspasm.tray} (true/false) overrides the guess.
     */
    public static boolean wanted(String osName, java.util.Map<String, String> env, String override) {
        if (override != null && !override.isBlank()) {
            return Boolean.parseBoolean(override.strip());
        }
        String os = osName == null ? "" : osName.toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        String desktop = env.getOrDefault("XDG_CURRENT_DESKTOP", "").toUpperCase(java.util.Locale.ROOT);
        return java.util.List.of("KDE", "XFCE", "LXQT", "LXDE", "MATE", "X-CINNAMON", "CINNAMON", "BUDGIE")
                .stream().anyMatch(d -> java.util.Arrays.asList(desktop.split(":")).contains(d));
    }

    /** Starts following the model; nothing happens at all when the environment is headless or has no tray. */
    public static TrayStatus follow(TherapyModel model, Runnable showWindow) {
        return follow(model, showWindow, null);
    }

    /** The same, with a second line for the tooltip (the next reminder), empty when there is none. */
    public static TrayStatus follow(TherapyModel model, Runnable showWindow,
            javafx.beans.value.ObservableValue<String> secondLine) {
        TrayStatus t = new TrayStatus(model, showWindow);
        t.extra = secondLine;
        // the guess first: it is plain Java, and AWT is not touched at all where no tray is wanted
        if (wanted(System.getProperty("os.name"), System.getenv(), System.getProperty("backspasm.tray"))
                && !GraphicsEnvironment.isHeadless()) {
            model.statusProperty().addListener((o, a, s) -> t.update(s));
            model.accessibleTextProperty().addListener((o, a, s) -> t.update(model.statusProperty().get()));
            if (secondLine != null) {
                secondLine.addListener((o, a, s) -> t.update(model.statusProperty().get()));
            }
            t.update(model.statusProperty().get());
        }
        return t;
    }

    private void update(RunStatus s) {
        if (broken) {
            return;
        }
        String tip = s == null ? null : tooltip(model.accessibleTextProperty().get(), extra == null ? null : extra.getValue());
        int left = s == null ? 0 : (int) Math.round(s.fractionLeft() * 12); // 12 steps: redraw at most every ~2 min
        String key = s == null ? "" : s.kind() + ":" + s.stage() + ":" + left + ":" + tip;
        if (key.equals(lastKey)) {
            return;
        }
        lastKey = key;
        SegmentKind kind = s == null ? null : s.kind();
        double fraction = left / 12.0;
        awtStarted = true;
        // handed over from a thread of its own, so AWT starts up away from the JavaFX thread
        Thread t = new Thread(() -> EventQueue.invokeLater(() -> apply(kind, fraction, tip)), "tray-update");
        t.setDaemon(true);
        t.start();
    }

    /** The timer's text, and the next reminder on a line of its own when there is one. */
    static String tooltip(String timer, String secondLine) {
        return secondLine == null || secondLine.isBlank() ? timer : timer + "\n" + secondLine;
    }

    private void apply(SegmentKind kind, double fraction, String tip) {
        try {
            if (kind == null) {
                remove();
                return;
            }
            if (!SystemTray.isSupported()) {
                broken = true;
                return;
            }
            BufferedImage image = draw(kind, fraction, SystemTray.getSystemTray().getTrayIconSize().width);
            if (icon == null) {
                icon = new TrayIcon(image, tip);
                icon.setImageAutoSize(true);
                icon.addActionListener(e -> Platform.runLater(showWindow));
                icon.addMouseListener(new java.awt.event.MouseAdapter() {
                    @Override
                    public void mouseClicked(java.awt.event.MouseEvent e) {
                        Platform.runLater(showWindow);
                    }
                });
                SystemTray.getSystemTray().add(icon);
            } else {
                icon.setImage(image);
                icon.setToolTip(tip);
            }
        } catch (Exception | LinkageError e) {
            broken = true;
            LOG.log(Level.INFO, "No tray icon: " + e);
        }
    }

    /**
     * Shows a balloon message from the tray icon (the Windows notification). Waits for the AWT thread, so call it
     * from a background thread. False when there is no icon.
     */
    public boolean balloon(String title, String text) {
        if (broken || !awtStarted || GraphicsEnvironment.isHeadless()) {
            return false;
        }
        boolean[] shown = new boolean[1];
        try {
            EventQueue.invokeAndWait(() -> {
                if (icon != null) {
                    icon.displayMessage(title, text, TrayIcon.MessageType.WARNING);
                    shown[0] = true;
                }
            });
        } catch (Exception e) {
            LOG.log(Level.INFO, "no tray balloon: " + e);
        }
        return shown[0];
    }

    /** Removes the icon (when the timer ends, and when the app stops, so AWT lets the program end). */
    public void remove() {
        if (!awtStarted || GraphicsEnvironment.isHeadless()) {
            return; // never shown: AWT was not started, and stopping the app must not start it
        }
        Runnable r = () -> {
            if (icon != null) {
                SystemTray.getSystemTray().remove(icon);
                icon = null;
            }
        };
        if (EventQueue.isDispatchThread()) {
            r.run();
        } else if (icon != null || !lastKey.isEmpty()) {
            try {
                EventQueue.invokeAndWait(r);
            } catch (Exception e) {
                LOG.log(Level.INFO, "tray icon not removed: " + e);
            }
        }
    }

    static BufferedImage draw(SegmentKind kind, double fraction, int size) {
        int s = Math.max(16, size);
        BufferedImage img = new BufferedImage(s, s, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        float stroke = s / 5f;
        int inset = Math.round(stroke / 2) + 1;
        int d = s - 2 * inset;
        g.setStroke(new BasicStroke(stroke));
        g.setColor(new Color(TRACK));
        g.drawOval(inset, inset, d, d);
        g.setColor(new Color(kind == SegmentKind.APPLY_ICE ? ICE : kind == SegmentKind.APPLY_HEAT ? HEAT : BREAK));
        g.drawArc(inset, inset, d, d, 90, (int) -Math.round(360 * Math.max(fraction, 0.04)));
        g.dispose();
        return img;
    }
}
