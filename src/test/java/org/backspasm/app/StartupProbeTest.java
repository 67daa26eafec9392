package org.backspasm.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StartupProbeTest {

    @Test
    void theStartIsNotRoundedToTheBootTimesSecond() {
        Instant now = Instant.now();
        long exact = StartupProbe.msSinceStart(now);
        Instant started = ProcessHandle.current().info().startInstant().orElseThrow();
        long rounded = Duration.between(started, now).toMillis();
        assertTrue(exact > 0, exact + " ms");
        if (Files.isReadable(Path.of("/proc/self/stat"))) {
            // Java's start instant adds the start ticks to the boot time rounded down to a whole second (/proc/stat
            // btime): it is earlier than the real start by less than a second, so its figure is larger by that much
            long offset = rounded - exact;
            assertTrue(offset >= -20 && offset < 1020, "exact " + exact + " ms, from ProcessHandle " + rounded + " ms");
        }
    }
}
