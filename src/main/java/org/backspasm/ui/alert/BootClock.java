package org.backspasm.ui.alert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The Linux boot-time clock, read from {@code /proc/uptime}: seconds since boot, suspended time included (unlike
 * the monotonic clock, which stops while the computer sleeps). Read in a few microseconds, only at an alarm's wake.
 */
final class BootClock {
    static final Path UPTIME = Path.of("/proc/uptime");

    private BootClock() {
    }

    /** Nanoseconds since boot, or empty where the file is missing or unreadable (other systems). */
    static OptionalLong read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** "12345.67 2345.12" → 12345.67 s in nanoseconds; empty when the text is not that. */
    static OptionalLong parse(String text) {
        String[] parts = text.strip().split("\\s+");
        if (parts.length == 0 || !parts[0].matches("\\d+(\\.\\d+)?")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(new java.math.BigDecimal(parts[0]).movePointRight(9).longValue());
    }
}
