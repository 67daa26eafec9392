package org.backspasm.core.episode;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.backspasm.core.journal.EpisodeEvent;
import org.backspasm.core.journal.JournalEntry;

/**
 * The current episode and the commands that change it. Every start and end is journalled as an
 * {@link EpisodeEvent} (the warning-sign check reads those), and the current episode is handed to {@code save}
 * (state section {@code episode}) at every change.
 */
public final class EpisodeBook {

    private final Clock clock;
    private final Consumer<Episode> save;
    private final Consumer<JournalEntry> journal;
    private Episode current;

    /** @param initial the saved episode, or null for none; @param save receives the episode (null when ended) */
    public EpisodeBook(Clock clock, Episode initial, Consumer<Episode> save, Consumer<JournalEntry> journal) {
        this.clock = Objects.requireNonNull(clock);
        this.save = Objects.requireNonNull(save);
        this.journal = Objects.requireNonNull(journal);
        this.current = initial;
    }

    public Optional<Episode> current() {
        return Optional.ofNullable(current);
    }

    public Clock clock() {
        return clock;
    }

    /** Checks the onset without changing anything (for showing the message before confirming). */
    public OnsetCheck check(Instant onset) {
        return OnsetCheck.of(onset, clock.instant(), clock.getZone());
    }

    /**
     * Starts an episode with this onset if the onset is accepted; an open episode is ended first (it stays in the
     * journal). Returns the verdict; nothing changes when it is refused.
     */
    public OnsetCheck start(Instant onset) {
        OnsetCheck verdict = check(onset);
        if (!verdict.accepted()) {
            return verdict;
        }
        Instant now = clock.instant();
        if (current != null) {
            journal.accept(new EpisodeEvent(now, EpisodeEvent.Kind.ENDED, current.onset()));
        }
        current = new Episode(onset, now);
        journal.accept(new EpisodeEvent(now, EpisodeEvent.Kind.STARTED, onset));
        save.accept(current);
        return verdict;
    }

    /** Ends the open episode (journalled); does nothing when there is none. */
    public void end() {
        if (current == null) {
            return;
        }
        journal.accept(new EpisodeEvent(clock.instant(), EpisodeEvent.Kind.ENDED, current.onset()));
        current = null;
        save.accept(null);
    }
}
