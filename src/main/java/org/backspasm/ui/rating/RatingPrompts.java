package org.backspasm.ui.rating;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.backspasm.core.companion.WhatHelps;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.journal.RatedActivity;
import org.backspasm.core.journal.RatingMoment;
import org.backspasm.ui.alert.AlarmScheduler;

/**
 * "What helps you": the optional one-tap pain rating offered when an activity starts and again when it ends
 * (CLINICAL-FACTS 6, FARRAR2001). One offer at a time; a newer one replaces it. It never blocks anything: the bar that
 * shows it can be skipped (Esc) or ignored, and it goes away by itself after {@link #OFFER_FOR}. The "after" is
 * offered only when a "before" of the same activity is waiting in the journal (an "after" alone pairs with nothing).
 * A rating goes to the journal as a {@link PainRating} with its activity and moment.
 */
public final class RatingPrompts implements ActivityEvents {
    /** How long an offer stays: past that, a rating is no longer "just before" or "just after". */
    public static final Duration OFFER_FOR = Duration.ofMinutes(30);

    private final Clock clock;
    private final Supplier<List<JournalEntry>> entries;
    private final Consumer<JournalEntry> append;
    private final AlarmScheduler expiry;
    private final ReadOnlyObjectWrapper<RatingPrompt> pending = new ReadOnlyObjectWrapper<>();

    /**
     * @param entries the journal as it is (to find a "before" still waiting for its "after")
     * @param append  where a rating goes
     * @param expiry  a channel of the app's alarm scheduler, armed for the end of the offer
     */
    public RatingPrompts(Clock clock, Supplier<List<JournalEntry>> entries, Consumer<JournalEntry> append,
            AlarmScheduler expiry) {
        this.clock = clock;
        this.entries = entries;
        this.append = append;
        this.expiry = expiry;
    }

    /** Follows what is written to the journal: a walk recorded or a routine recorded ends that activity. */
    public Consumer<JournalEntry> journalListener() {
        return e -> WhatHelps.endedBy(e, clock.instant()).ifPresent(this::ended);
    }

    @Override
    public void started(RatedActivity activity) {
        offer(new RatingPrompt(activity, RatingMoment.BEFORE, clock.instant()));
    }

    @Override
    public void ended(RatedActivity activity) {
        RatingPrompt p = pending.get();
        if (p != null && p.activity() == activity && p.moment() == RatingMoment.BEFORE) {
            clear(); // too late for "before"
        }
        if (WhatHelps.openBefore(entries.get(), activity, clock.instant()).isPresent()) {
            offer(new RatingPrompt(activity, RatingMoment.AFTER, clock.instant()));
        }
    }

    @Override
    public void abandoned(RatedActivity activity) {
        RatingPrompt p = pending.get();
        if (p != null && p.activity() == activity) {
            clear();
        }
    }

    /** The user tapped a score: it goes to the journal and the bar goes away. */
    public void rate(int score) {
        RatingPrompt p = pending.get();
        if (p == null) {
            return;
        }
        clear();
        append.accept(PainRating.around(clock.instant(), score, p.activity(), p.moment()));
    }

    /** "Skip" or Esc: nothing is written. */
    public void skip() {
        clear();
    }

    /** The offer showing now, or null. */
    public ReadOnlyObjectProperty<RatingPrompt> pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public RatingPrompt pending() {
        return pending.get();
    }

    private void offer(RatingPrompt p) {
        pending.set(p);
        expiry.arm(p.offeredAt().plus(OFFER_FOR), this::expire);
    }

    private void expire() {
        RatingPrompt p = pending.get();
        if (p == null) {
            return;
        }
        if (clock.instant().isBefore(p.offeredAt().plus(OFFER_FOR))) {
            expiry.arm(p.offeredAt().plus(OFFER_FOR), this::expire); // woken early (another channel's alarm)
        } else {
            clear();
        }
    }

    private void clear() {
        pending.set(null);
        expiry.cancel();
    }
}
