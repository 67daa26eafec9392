package org.backspasm.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Optional;

/**
 * One running copy per data folder, with no network port: the first copy holds an OS lock on {@code app.lock};
 * a second copy finds it taken, writes {@code bring-to-front.request}, and waits for the first copy (which watches
 * the folder, blocking, with no polling) to take the request away.
 */
public final class InstanceLock implements AutoCloseable {
    public static final String LOCK_FILE = "app.lock";
    public static final String REQUEST_FILE = "bring-to-front.request";

    private final FileChannel channel;
    private final FileLock lock;
    private final Path dir;
    private volatile WatchService watcher;

    private InstanceLock(Path dir, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or returns empty when another running copy holds it. */
    public static Optional<InstanceLock> tryAcquire(Path dir) throws IOException {
        Files.createDirectories(dir);
        FileChannel ch = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock l;
        try {
            l = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            l = null;
        }
        if (l == null) {
            ch.close();
            return Optional.empty();
        }
        Files.deleteIfExists(dir.resolve(REQUEST_FILE));
        return Optional.of(new InstanceLock(dir, ch, l));
    }

    /**
     * From a second copy: asks the running copy to come to the front. True when it took the request within the
     * timeout; false when it did not answer (the request file is then removed again).
     */
    public static boolean askRunningCopyToShow(Path dir, Duration timeout) throws IOException {
        Path request = dir.resolve(REQUEST_FILE);
        Files.writeString(request, Long.toString(ProcessHandle.current().pid()));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!Files.exists(request)) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        Files.deleteIfExists(request);
        return false;
    }

    /**
     * Starts a daemon thread that blocks on the folder's watch service and calls the action (on that thread) each
     * time a second copy asks to be shown.
     */
    public void watchRequests(Runnable onRequest) throws IOException {
        WatchService ws = FileSystems.getDefault().newWatchService();
        dir.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        watcher = ws;
        Thread t = new Thread(() -> watchLoop(ws, onRequest), "second-copy-watcher");
        t.setDaemon(true);
        t.start();
    }

    private void watchLoop(WatchService ws, Runnable onRequest) {
        try {
            while (true) {
                WatchKey key = ws.take();
                boolean asked = false;
                for (WatchEvent<?> ev : key.pollEvents()) {
                    if (ev.context() instanceof Path p && p.toString().equals(REQUEST_FILE)) {
                        asked = true;
                    }
                }
                if (asked && Files.deleteIfExists(dir.resolve(REQUEST_FILE))) {
                    onRequest.run();
                }
                if (!key.reset()) {
                    return;
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closing
        } catch (IOException e) {
            // the folder went away; nothing more to watch
        }
    }

    @Override
    public void close() throws IOException {
        WatchService ws = watcher;
        if (ws != null) {
            ws.close();
        }
        if (lock.isValid()) {
            lock.release();
        }
        channel.close();
    }
}
