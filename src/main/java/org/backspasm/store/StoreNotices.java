package org.backspasm.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.backspasm.core.state.FileProblem;
import org.backspasm.core.state.Notice;
import org.backspasm.core.state.Notices;

/**
 * Plain-words messages about the data files (a file moved aside, a torn journal line skipped, a save that failed),
 * collected by the stores and shown to the user on the next screen they see.
 */
public final class StoreNotices implements Notices {
    private final List<Notice> pending = new ArrayList<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private boolean notSaving;

    /** A message already in the user's language (a screen's own). */
    @Override
    public void report(String message) {
        report(Notice.plain(message));
    }

    /** A message from the bundle, shown in the user's language. */
    @Override
    public void report(Notice notice) {
        synchronized (pending) {
            pending.add(notice);
        }
        listeners.forEach(l -> l.accept(notice.english()));
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
        report(Notice.of("saving.failed", dir.toString(), FileProblem.why(e)));
    }

    /** A save worked: after a failure, says once that changes are being saved again. */
    public void savingWorks() {
        synchronized (pending) {
            if (!notSaving) {
                return;
            }
            notSaving = false;
        }
        report(Notice.of("saving.works"));
    }

    /** True between a failed save and the next one that works. */
    public boolean notSaving() {
        synchronized (pending) {
            return notSaving;
        }
    }

    /** Messages reported so far and not yet taken, to be shown in the user's language. */
    @Override
    public List<Notice> takeNotices() {
        synchronized (pending) {
            List<Notice> copy = List.copyOf(pending);
            pending.clear();
            return copy;
        }
    }

    /** Messages reported so far and not yet taken, in English (tests, logs). */
    @Override
    public List<String> takeAll() {
        return takeNotices().stream().map(Notice::english).toList();
    }

    /** Messages reported so far, in English, without taking them. */
    public List<String> peekAll() {
        synchronized (pending) {
            return pending.stream().map(Notice::english).toList();
        }
    }

    /** Called with every later message (in English), on the thread that reported it. */
    @Override
    public void onReport(Consumer<String> listener) {
        listeners.add(listener);
    }
}
