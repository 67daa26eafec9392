package org.backspasm.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondCopyCannotTakeTheLockButCanAskTheFirstToShow() throws Exception {
        try (InstanceLock first = InstanceLock.tryAcquire(dir).orElseThrow()) {
            assertTrue(InstanceLock.tryAcquire(dir).isEmpty(), "one running copy per data folder");
            CountDownLatch shown = new CountDownLatch(1);
            first.watchRequests(shown::countDown);
            assertTrue(InstanceLock.askRunningCopyToShow(dir, Duration.ofSeconds(10)));
            assertTrue(shown.await(10, TimeUnit.SECONDS));
            assertFalse(Files.exists(dir.resolve(InstanceLock.REQUEST_FILE)));
        }
        Optional<InstanceLock> again = InstanceLock.tryAcquire(dir);
        assertTrue(again.isPresent(), "the lock is free once the first copy closes");
        again.get().close();
    }

    @Test
    @SuppressWarnings("try") // the lock is only held, never used: a running copy that does not answer
    void anUnansweredRequestTimesOutAndIsCleanedUp() throws IOException {
        try (InstanceLock first = InstanceLock.tryAcquire(dir).orElseThrow()) {
            assertFalse(InstanceLock.askRunningCopyToShow(dir, Duration.ofMillis(200)));
            assertFalse(Files.exists(dir.resolve(InstanceLock.REQUEST_FILE)));
        }
    }
}
