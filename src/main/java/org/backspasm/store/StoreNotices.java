package org.backspasm.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.backspasm.core.state.Notices;

/**
 * Plain-words messages about the data files (a file moved aside, a torn journal line skipped, a save that failed),
 * collected by the stores and shown to the user on the next screen they see.
 */
public final class StoreNotices implements Notices {
    private final List<String> pending = new ArrayList<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private boolean notSaving;

    @Override
    public void report(String message) {
        synchronized (pending) {
            pending.add(message);
        }
        listeners.forEach(l -> l.accept(message));
    }

    /**
     * A change could not be written (a read-only folder, a full disk). Said once, however many saves fail after
     * it, until a save works again.
     */
    public void savingFailed(Path dir, IOException e) {
        synchronized (pending) {
            if (notSaving) {
                return;
            }
            notSaving = true;
        }
        report("Your changes are not being saved: the data folder " + dir + " cannot be written to ("
                + reason(e) + "). The app keeps working and remembers them until you close it, and tries to save "
                + "again at each change. Free some disk space or check the folder.");
    }

    /** A save worked: after a failure, says once that changes are being saved again. */
    public void savingWorks() {
        synchronized (pending) {
            if (!notSaving) {
                return;
            }
            notSaving = false;
        }
        report("Your changes are being saved again.");
    }

    /** True between a failed save and the next one that works. */
    public boolean notSaving() {
        synchronized (pending) {
            return notSaving;
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    @Override
    public List<String> takeAll() {
        synchronized (pending) {
            List<String> copy = List.copyOf(pending);
            pending.clear();
            return copy;
        }
    }

    public List<String> peekAll() {
        synchronized (pending) {
            return List.copyOf(pending);
        }
    }

    @Override
    public void onReport(Consumer<String> listener) {
        listeners.add(listener);
    }
}
