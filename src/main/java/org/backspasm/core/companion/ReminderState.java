package org.backspasm.core.companion;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the reminders remember, as stored instants (state section {@value #SECTION}): the last instant looked at,
 * for each kind the instant up to which everything is dealt with, the reminder showing now, the snoozed ones, the
 * recent ones shown (a day's count is read from them), before when nothing new may show, and after a gap (app
 * closed, computer asleep, a reminder held back) the instant up to which what fell due collapses into one.
 */
public record ReminderState(Instant lastSeen, List<Mark> marks, Reminder current, List<Snooze> snoozes,
        List<Reminder> shown, Instant restUntil, Instant collapseUntil, Boolean away) {
    public static final String SECTION = "reminderState";
    public static final ReminderState EMPTY = new ReminderState(null, null, null, null, null, null, null, null);
    /** Shown reminders older than this are forgotten (a day's count never needs them). */
    static final Duration KEEP_SHOWN = Duration.ofDays(2);

    /** Everything of {@code kind} due up to {@code through} is dealt with. */
    public record Mark(ReminderKind kind, Instant through) {
    }

    /** A reminder snoozed until {@code until}. */
    public record Snooze(ReminderKind kind, Instant dueAt, Instant until) {
    }

    public ReminderState {
        marks = marks == null ? List.of() : List.copyOf(marks);
        snoozes = snoozes == null ? List.of() : List.copyOf(snoozes);
        shown = shown == null ? List.of() : List.copyOf(shown);
        away = away != null && away;
    }

    /** Up to when everything of the kind is dealt with (null: never looked at). */
    public Instant through(ReminderKind kind) {
        return marks.stream().filter(m -> m.kind() == kind).map(Mark::through).findFirst().orElse(null);
    }

    ReminderState withMark(ReminderKind kind, Instant through) {
        List<Mark> next = new ArrayList<>();
        for (Mark m : marks) {
            if (m.kind() != kind) {
                next.add(m);
            }
        }
        next.add(new Mark(kind, through));
        return new ReminderState(lastSeen, next, current, snoozes, shown, restUntil, collapseUntil, away);
    }

    /** The mark moved forward to {@code through} (never back). */
    ReminderState advanced(ReminderKind kind, Instant through) {
        Instant old = through(kind);
        return old != null && !old.isBefore(through) ? this : withMark(kind, through);
    }

    ReminderState seen(Instant now) {
        return new ReminderState(now, marks, current, snoozes, shown, restUntil, collapseUntil, away);
    }

    ReminderState withCurrent(Reminder r) {
        return new ReminderState(lastSeen, marks, r, snoozes, shown, restUntil, collapseUntil, away);
    }

    public ReminderState withSnoozes(List<Snooze> s) {
        return new ReminderState(lastSeen, marks, current, s, shown, restUntil, collapseUntil, away);
    }

    ReminderState withoutSnoozesOf(ReminderKind kind) {
        return withSnoozes(snoozes.stream().filter(z -> z.kind() != kind).toList());
    }

    ReminderState withoutSnooze(Snooze z) {
        return withSnoozes(snoozes.stream().filter(x -> !x.equals(z)).toList());
    }

    /** Adds a shown reminder to the log, forgetting those older than {@link #KEEP_SHOWN}. */
    ReminderState withShown(Reminder r) {
        List<Reminder> next = new ArrayList<>();
        for (Reminder x : shown) {
            if (Duration.between(x.shownAt(), r.shownAt()).compareTo(KEEP_SHOWN) < 0) {
                next.add(x);
            }
        }
        next.add(r);
        return new ReminderState(lastSeen, marks, r, snoozes, next, restUntil, collapseUntil, away);
    }

    ReminderState withRestUntil(Instant t) {
        return new ReminderState(lastSeen, marks, current, snoozes, shown, t, collapseUntil, away);
    }

    ReminderState withCollapse(Instant until, boolean wasAway) {
        return new ReminderState(lastSeen, marks, current, snoozes, shown, restUntil, until, wasAway);
    }

    /** How many different reminders of the kind were shown within the day (a snoozed one shown again is one). */
    public long shownOn(ReminderKind kind, ReminderDay day) {
        return shown.stream().filter(r -> r.kind() == kind && day.contains(r.shownAt()))
                .map(Reminder::dueAt).distinct().count();
    }

    /** Whether {@code other} differs in more than the last instant looked at (worth saving at once). */
    public boolean differsBeyondLastSeen(ReminderState other) {
        return other == null || !seen(null).equals(other.seen(null));
    }
}
