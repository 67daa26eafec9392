package org.backspasm.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Plain-words messages about the data files (a file moved aside, a torn journal line skipped, a save that failed),
 * collected by the stores and shown to the user on the next screen they see.
 */
public final class StoreNotices {
    private final List<String> pending = new ArrayList<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    public void report(String message) {
        synchronized (pending) {
            pending.add(message);
        }
        listeners.forEach(l -> l.accept(message));
    }

    /** Messages reported so far and not yet taken. */
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

    /** Called with every later message, on the thread that reported it. */
    public void onReport(Consumer<String> listener) {
        listeners.add(listener);
    }
}
