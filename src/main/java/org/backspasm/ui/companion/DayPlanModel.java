package org.backspasm.ui.companion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.backspasm.core.companion.DayPlan;
import org.backspasm.core.companion.DayPlanner;
import org.backspasm.core.companion.PlanItem;
import org.backspasm.core.companion.WhatHelps;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.RatedActivity;
import org.backspasm.core.journal.WalkRecord;
import org.backspasm.core.journal.WalkSource;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.rating.ActivityEvents;
import org.backspasm.ui.text.Lang;
import org.backspasm.ui.text.Texts;

/**
 * The day plan on Today: the plan for the clock's instant, worked out again when the journal or the episode changes
 * and when Today is shown; the words the card shows; and "I walked", which records a walk.
 */
public final class DayPlanModel {
    private final Supplier<List<JournalEntry>> journal;
    private final Consumer<JournalEntry> append;
    private final Supplier<Optional<Instant>> onset;
    private final Clock clock;
    private final ActivityEvents activities;
    private final Texts t;
    private final ReadOnlyObjectWrapper<DayPlan> plan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Instant> walkingSince = new ReadOnlyObjectWrapper<>();

    /**
     * @param onset      the current episode's onset, if there is an episode
     * @param lang       the window's language: the plan is said in it, and again when it changes
     * @param activities told when a walk starts ("What helps you" offers a rating before it)
     */
    public DayPlanModel(Supplier<List<JournalEntry>> journal, Consumer<JournalEntry> append,
            Supplier<Optional<Instant>> onset, Clock clock, Lang lang, ActivityEvents activities) {
        this.journal = journal;
        this.append = append;
        this.onset = onset;
        this.clock = clock;
        this.activities = activities;
        this.t = lang.texts("dayplan");
        // worked out when Today shows the card (its first showing included), not before: once at start, not twice
        lang.localeProperty().addListener((o, a, l) -> refresh());
    }

    /** "Start a walk": the walk's start is kept, so "I'm back" can record its minutes. */
    public void startWalk() {
        walkingSince.set(clock.instant());
        activities.started(RatedActivity.WALK);
    }

    /** When the walk the user started began, or null when no walk is under way. */
    public ReadOnlyObjectProperty<Instant> walkingSinceProperty() {
        return walkingSince.getReadOnlyProperty();
    }

    /** Works the plan out again (the journal or the episode changed, or Today is shown again). */
    public void refresh() {
        DayPlan now = DayPlanner.plan(onset.get(), journal.get(), clock.instant(), clock.getZone(), t.locale());
        if (!now.equals(plan.get())) {
            plan.set(now);
        }
    }

    /**
     * "I walked" (or "I'm back" after "Start a walk"): a walk recorded now, with its minutes when it was started here
     * in the last {@link WhatHelps#PAIR_WITHIN}.
     */
    public void recordWalk() {
        Instant now = clock.instant();
        Instant since = walkingSince.get();
        Integer minutes = since == null || since.isAfter(now) || Duration.between(since, now).compareTo(
                WhatHelps.PAIR_WITHIN) > 0 ? null : (int) Duration.between(since, now).toMinutes();
        walkingSince.set(null);
        append.accept(new WalkRecord(now, minutes, WalkSource.I_WALKED));
        refresh();
    }

    /** The plan, null until it is first worked out (Today shows the card, or the journal changes). */
    public ReadOnlyObjectProperty<DayPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** The time zone the plan's days are counted in. */
    public java.time.ZoneId zone() {
        return clock.getZone();
    }

    public DayPlan plan() {
        return plan.get();
    }

    /** "Day 4 of this episode", or the first days' title without an onset. */
    public String title(DayPlan p) {
        return p.day().isPresent() ? t.get("card.title.day", p.day().getAsLong()) : t.get("card.title.firstDays");
    }

    /** Said under the title when the onset is not known (the episode card below asks for it). */
    public String askOnset() {
        return t.get("card.askOnset");
    }

    /** "Done today", "1 of 3 today" or "Not yet today". */
    public String progress(PlanItem i) {
        if (i.done()) {
            return i.goal() == 1 ? t.get("progress.done") : t.get("progress.doneTimes", i.doneToday());
        }
        return i.doneToday() == 0 ? t.get("progress.notYet") : t.get("progress.some", i.doneToday(), i.goal());
    }

    /** What the item's button says. */
    public String action(PlanItem i) {
        return switch (i.kind()) {
            case ICE_OR_HEAT -> t.get("action.iceOrHeat");
            case WALK -> t.get("action.walk");
            case ROUTINE -> t.get("action.routine");
            case RATE_PAIN -> t.get("action.ratePain");
        };
    }

    /** The screen an item opens, or empty for a walk (its button records the walk). */
    public static Optional<ScreenId> opens(PlanItem i) {
        return switch (i.kind()) {
            case ICE_OR_HEAT -> Optional.of(ScreenId.THERAPY);
            case WALK -> Optional.empty();
            case ROUTINE -> Optional.of(ScreenId.STRETCHES);
            case RATE_PAIN -> Optional.of(ScreenId.JOURNAL);
        };
    }

    /** Read by a screen reader for the whole row. */
    public String accessible(PlanItem i) {
        return t.get("card.accessible", i.advice().text(), progress(i));
    }
}
