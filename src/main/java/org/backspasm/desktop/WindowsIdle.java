package org.backspasm.desktop;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.ptr.IntByReference;
import java.time.Duration;
import java.util.Optional;

/**
 * Idle time and do-not-disturb on Windows: {@code GetLastInputInfo} against {@code GetTickCount} (both in
 * milliseconds since boot, 32 bits, so the difference is taken modulo 2^32), and
 * {@code SHQueryUserNotificationState} (busy, a full-screen game or presentation, quiet time: do not disturb).
 */
final class WindowsIdle {
    interface User32 extends Library {
        boolean GetLastInputInfo(Memory info);
    }

    interface Kernel32 extends Library {
        int GetTickCount();
    }

    interface Shell32 extends Library {
        int SHQueryUserNotificationState(IntByReference state);
    }

    /** QUNS_BUSY, QUNS_RUNNING_D3D_FULL_SCREEN, QUNS_PRESENTATION_MODE, QUNS_QUIET_TIME. */
    private static final int[] DO_NOT_DISTURB = {2, 3, 4, 6};

    private final User32 user32 = Native.load("user32", User32.class);
    private final Kernel32 kernel32 = Native.load("kernel32", Kernel32.class);
    private final Shell32 shell32 = Native.load("shell32", Shell32.class);
    private final Memory info = new Memory(8); // LASTINPUTINFO: cbSize, dwTime

    synchronized Optional<Duration> idle() {
        info.setInt(0, 8);
        if (!user32.GetLastInputInfo(info)) {
            return Optional.empty();
        }
        long since = Integer.toUnsignedLong(kernel32.GetTickCount() - info.getInt(4));
        return Optional.of(Duration.ofMillis(since));
    }

    synchronized boolean doNotDisturb() {
        IntByReference state = new IntByReference();
        if (shell32.SHQueryUserNotificationState(state) != 0) {
            return false;
        }
        for (int s : DO_NOT_DISTURB) {
            if (state.getValue() == s) {
                return true;
            }
        }
        return false;
    }
}
