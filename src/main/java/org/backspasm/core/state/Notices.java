package org.backspasm.core.state;

import java.util.List;
import java.util.function.Consumer;

/**
 * Plain-words messages for the user about their data (a file kept aside, a save that failed), reported by the store
 * and shown by the window above every screen. The store implements it; the window sees only this.
 */
public interface Notices {
    void report(String message);

    /** Messages reported so far and not yet taken. */
    List<String> takeAll();

    /** Called with every later message, on the thread that reported it. */
    void onReport(Consumer<String> listener);
}
