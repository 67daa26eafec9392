package org.backspasm.core.journal;

import java.util.List;
import java.util.function.Consumer;

/**
 * The journal as the features see it: what happened so far, adding an entry, and hearing of each entry added
 * (possibly from another thread). The store implements it; tests may pass a list.
 */
public interface Journal {
    List<JournalEntry> entries();

    void append(JournalEntry entry);

    void onAppend(Consumer<JournalEntry> listener);
}
