package org.backspasm.desktop;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.NativeLongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.time.Duration;
import java.util.Optional;

/**
 * Idle time and full-screen windows on X11: the screen-saver extension's {@code XScreenSaverQueryInfo} (time since
 * the last input, any application), and the focused window's {@code _NET_WM_STATE_FULLSCREEN}. One connection to
 * the display of its own, used from one thread at a time. Each answer is one round trip to the X server.
 */
final class X11Idle {
    /** Xlib, only what is used. Windows, atoms and drawables are C longs. */
    interface Xlib extends Library {
        Pointer XOpenDisplay(String name);

        NativeLong XDefaultRootWindow(Pointer display);

        NativeLong XInternAtom(Pointer display, String name, boolean onlyIfExists);

        int XGetWindowProperty(Pointer display, NativeLong window, NativeLong property, NativeLong offset,
                NativeLong length, boolean delete, NativeLong type, NativeLongByReference actualType,
                IntByReference actualFormat, NativeLongByReference items, NativeLongByReference bytesAfter,
                PointerByReference data);

        int XFree(Pointer data);
    }

    /** libXss, the screen-saver extension. */
    interface Xss extends Library {
        boolean XScreenSaverQueryExtension(Pointer display, IntByReference eventBase, IntByReference errorBase);

        int XScreenSaverQueryInfo(Pointer display, NativeLong drawable, Pointer info);
    }

    private static final long XA_ATOM = 4;
    private static final long XA_WINDOW = 33;
    /** XScreenSaverInfo: window (long), state (int), kind (int), til_or_since (long), idle (long), event_mask. */
    private static final int INFO_SIZE = 4 * Native.LONG_SIZE + 8;
    private static final int IDLE_OFFSET = 2 * Native.LONG_SIZE + 8;

    private final Xlib x;
    private final Xss xss;
    private final Pointer display;
    private final NativeLong root;
    private final Memory info = new Memory(INFO_SIZE);
    private final NativeLong activeWindow;
    private final NativeLong wmState;
    private final NativeLong fullScreen;

    private X11Idle(Xlib x, Xss xss, Pointer display) {
        this.x = x;
        this.xss = xss;
        this.display = display;
        this.root = x.XDefaultRootWindow(display);
        this.activeWindow = x.XInternAtom(display, "_NET_ACTIVE_WINDOW", false);
        this.wmState = x.XInternAtom(display, "_NET_WM_STATE", false);
        this.fullScreen = x.XInternAtom(display, "_NET_WM_STATE_FULLSCREEN", false);
    }

    /** Connects to {@code $DISPLAY}; empty when there is no X server or no screen-saver extension. */
    static Optional<X11Idle> open(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return Optional.empty();
        }
        Xlib x = Native.load("X11", Xlib.class);
        Xss xss = Native.load("Xss", Xss.class);
        Pointer d = x.XOpenDisplay(displayName);
        if (d == null) {
            return Optional.empty();
        }
        if (!xss.XScreenSaverQueryExtension(d, new IntByReference(), new IntByReference())) {
            return Optional.empty();
        }
        X11Idle idle = new X11Idle(x, xss, d);
        return idle.idle().isPresent() ? Optional.of(idle) : Optional.empty();
    }

    synchronized Optional<Duration> idle() {
        if (xss.XScreenSaverQueryInfo(display, root, info) == 0) {
            return Optional.empty();
        }
        long ms = info.getNativeLong(IDLE_OFFSET).longValue();
        return ms < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(ms));
    }

    /** Whether the focused window (per the window manager's {@code _NET_ACTIVE_WINDOW}) is full-screen. */
    synchronized boolean focusedFullScreen() {
        long[] active = property(root, activeWindow, XA_WINDOW, 1);
        if (active.length == 0 || active[0] == 0) {
            return false;
        }
        long want = fullScreen.longValue();
        for (long atom : property(new NativeLong(active[0]), wmState, XA_ATOM, 32)) {
            if (atom == want) {
                return true;
            }
        }
        return false;
    }

    /** A window property of 32-bit items (Xlib hands them over as C longs). */
    private long[] property(NativeLong window, NativeLong name, long type, int most) {
        NativeLongByReference actualType = new NativeLongByReference();
        IntByReference format = new IntByReference();
        NativeLongByReference items = new NativeLongByReference();
        NativeLongByReference after = new NativeLongByReference();
        PointerByReference data = new PointerByReference();
        int status = x.XGetWindowProperty(display, window, name, new NativeLong(0), new NativeLong(most), false,
                new NativeLong(type), actualType, format, items, after, data);
        Pointer p = data.getValue();
        try {
            if (status != 0 || p == null || format.getValue() != 32) {
                return new long[0];
            }
            int n = (int) Math.min(most, items.getValue().longValue());
            long[] out = new long[n];
            for (int i = 0; i < n; i++) {
                out[i] = p.getNativeLong((long) i * Native.LONG_SIZE).longValue();
            }
            return out;
        } finally {
            if (p != null) {
                x.XFree(p);
            }
        }
    }
}
