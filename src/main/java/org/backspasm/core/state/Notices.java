package org.backspasm.core.state;

import java.util.List;
import java.util.function.Consumer;

/**
 * Plain-words messages for the user about their data (a file kept aside, a save that failed), reported by the store
 * and shown by the window above every screen. The store implements it; the window sees only this.
 */
public interface Notices {
    /** A message already in the user's language (a screen's own). */
    void report(String message);

    /** A message from the notices bundle, shown in the user's language (and again after a switch). */
    void report(Notice notice);

    /** Messages reported so far and not yet taken, in English. */
    List<String> takeAll();

    /** Messages reported so far and not yet taken, to be shown in the user's language. */
    List<Notice> takeNotices();

    /** Called with every later message, on the thread that reported it. */
    void onReport(Consumer<String> listener);
}
