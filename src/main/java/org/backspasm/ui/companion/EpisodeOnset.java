package org.backspasm.ui.companion;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.warningsigns.CheckOffers;

/**
 * The current episode's onset, read from the journal (where every start and end of an episode is recorded) once at
 * start and again only when the journal changes: one value the day plan and the follow-up card share, instead of
 * each scanning the journal whenever it is worked out.
 */
public final class EpisodeOnset {
    private final Supplier<List<JournalEntry>> journal;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Optional<Instant>> onset = new ReadOnlyObjectWrapper<>(Optional.empty());

    public EpisodeOnset(Supplier<List<JournalEntry>> journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
        refresh();
    }

    /** Reads the onset again (an entry was added to the journal, or many at once by an import). */
    public void refresh() {
        onset.set(CheckOffers.currentOnset(journal.get(), clock.instant()));
    }

    /** The onset of the episode under way, or empty without one. */
    public Optional<Instant> get() {
        return onset.get();
    }

    public ReadOnlyObjectProperty<Optional<Instant>> property() {
        return onset.getReadOnlyProperty();
    }
}
