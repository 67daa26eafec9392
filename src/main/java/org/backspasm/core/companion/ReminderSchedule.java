package org.backspasm.core.companion;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * When reminders show, computed from stored instants only ({@link ReminderState}) and the moment of looking, so a
 * restart neither loses nor repeats one. The rules: nothing inside quiet hours; at most one reminder showing; none
 * while an ice or heat alarm is due ({@link Busy}); at least {@link #SPACING} between two; never more than the
 * day's number of each kind; after a gap (app closed, computer asleep, a reminder held back while the user must not
 * be disturbed) everything that fell due meanwhile collapses into one reminder, never a burst.
 */
public final class ReminderSchedule {
    /** Two looks further apart than this mean the app was closed or the computer slept. */
    public static final Duration AWAY_GAP = Duration.ofSeconds(60);
    /** The least time between one reminder and the next (from showing it, and from answering it). */
    public static final Duration SPACING = Duration.ofMinutes(10);
    /** A reminder nobody answered is put away after this. */
    public static final Duration OPEN_FOR = Duration.ofHours(1);

    /** An ice or heat alarm is due (or about to be) in {@code [from, to)}; {@code to} null: until further notice. */
    public record Busy(Instant from, Instant to) {
        public boolean contains(Instant t) {
            return !t.isBefore(from) && (to == null || t.isBefore(to));
        }
    }

    /**
     * The moment of looking: now, the time zone, whether an episode is recorded, since when the user has been
     * sitting (the last natural break seen, or when the app started), the ice and heat alarms, and whether a
     * reminder must be held back now (do not disturb, a full-screen window).
     */
    public record Context(Instant now, ZoneId zone, boolean episode, Instant sittingSince, List<Busy> busy,
            boolean hold) {
        public Context {
            Objects.requireNonNull(now);
            Objects.requireNonNull(zone);
            busy = busy == null ? List.of() : List.copyOf(busy);
        }

        boolean busyAt(Instant t) {
            return busy.stream().anyMatch(b -> b.contains(t));
        }
    }

    /**
     * After a look: the state to keep, the reminder to show now (or null), one held back (or null), the next wake,
     * and the next reminder to come (as {@link #upcoming} gives it).
     */
    public record Outcome(ReminderState state, Reminder show, Reminder held, Instant nextAt, Upcoming next) {
    }

    /** A reminder to come: its kind and when it would show. */
    public record Upcoming(ReminderKind kind, Instant at) {
    }

    /** The snooze choices. */
    public enum Snooze {
        TEN_MINUTES(Duration.ofMinutes(10)), ONE_HOUR(Duration.ofHours(1)), REST_OF_TODAY(null);

        private final Duration length;

        Snooze(Duration length) {
            this.length = length;
        }

        public Duration length() {
            return length;
        }
    }

    private ReminderSchedule() {
    }

    /** Looks at the reminders now: what to show, what to keep. */
    public static Outcome observe(ReminderSettings s, ReminderState st, Context c) {
        Instant now = c.now();
        st = prepare(s, st, c);
        ReminderDay day = ReminderDay.at(s, now, c.zone());
        List<ReminderCandidates.Candidate> ready = day == null ? List.of()
                : ReminderCandidates.pending(s, st, c, day).stream().filter(x -> !x.readyAt().isAfter(now)).toList();
        Reminder show = null;
        Reminder held = null;
        if (ready.isEmpty()) {
            st = st.withCollapse(null, false); // nothing was missed: what comes next is on time
        } else if (canShow(st, c)) {
            ReminderCandidates.Candidate chosen = choose(ready, st.collapseUntil());
            Reminder r = new Reminder(chosen.kind(), chosen.dueAt(), now,
                    st.away() && !chosen.readyAt().isAfter(st.collapseUntil()));
            if (c.hold()) {
                held = r;
                st = st.withCollapse(now, st.away());
            } else {
                show = r;
                st = shown(st, r, chosen, ready, now);
            }
        }
        st = st.seen(now);
        Upcoming next = earliest(s, st, c);
        return new Outcome(st, show, held, held != null || next == null ? null : next.at(), next);
    }

    /** The next reminder to come after now, as a look now would place it (null when none is on). */
    public static Upcoming upcoming(ReminderSettings s, ReminderState st, Context c) {
        ReminderState p = prepare(s, st, c);
        return earliest(s, p, c);
    }

    /** The reminder showing was answered: done, or put away without an answer. The next waits {@link #SPACING}. */
    public static ReminderState close(ReminderState st, Instant now) {
        Reminder r = st.current();
        if (r == null) {
            return st;
        }
        ReminderState next = st.withCurrent(null);
        if (r.kind() == ReminderKind.SITTING) {
            next = next.advanced(ReminderKind.SITTING, now); // stood up: the time sat starts again
        }
        return later(next, now.plus(SPACING));
    }

    /** Snoozes the reminder showing: it comes back after the choice, or not again today (its kind too). */
    public static ReminderState snooze(ReminderSettings s, ReminderState st, Instant now, ZoneId zone, Snooze choice) {
        Reminder r = st.current();
        if (r == null) {
            return st;
        }
        ReminderDay day = ReminderDay.atOrAfter(s, r.shownAt(), zone);
        ReminderState next = st.withCurrent(null);
        Instant until = choice.length() == null ? null : now.plus(choice.length());
        if (until == null || !day.contains(until)) {
            return next.withoutSnoozesOf(r.kind()).advanced(r.kind(), day.end());
        }
        List<ReminderState.Snooze> snoozes = new ArrayList<>(next.snoozes());
        snoozes.add(new ReminderState.Snooze(r.kind(), r.dueAt(), until));
        return next.withSnoozes(snoozes);
    }

    /** The state made ready for a look: first look, a clock set back, a gap, kinds off, stale snoozes, expiry. */
    private static ReminderState prepare(ReminderSettings s, ReminderState st, Context c) {
        Instant now = c.now();
        if (st.lastSeen() == null) {
            st = st.seen(now);
            for (ReminderKind k : ReminderKind.values()) {
                st = st.withMark(k, now);
            }
        } else if (now.isBefore(st.lastSeen())) {
            st = st.seen(now); // the clock was set back: what was dealt with stays dealt with
        } else if (Duration.between(st.lastSeen(), now).compareTo(AWAY_GAP) > 0) {
            // away: what fell due meanwhile collapses into one; being away was a break from sitting
            st = st.withCollapse(now, true).advanced(ReminderKind.SITTING, now);
        }
        for (ReminderKind k : ReminderKind.values()) {
            if (!s.runs(k, c.episode()) || st.through(k) == null) {
                st = st.withoutSnoozesOf(k).advanced(k, now); // switched on later: starts from then
            }
        }
        ReminderDay day = ReminderDay.at(s, now, c.zone());
        for (ReminderState.Snooze z : st.snoozes()) {
            if (day == null ? !z.until().isAfter(now) : z.until().isBefore(day.start())) {
                st = st.withoutSnooze(z); // its day is over
            }
        }
        Reminder cur = st.current();
        if (cur != null && (!now.isBefore(cur.shownAt().plus(OPEN_FOR)) || day == null || !day.contains(cur.shownAt()))) {
            st = st.withCurrent(null);
        }
        return st;
    }

    private static boolean canShow(ReminderState st, Context c) {
        return st.current() == null && (st.restUntil() == null || !c.now().isBefore(st.restUntil()))
                && !c.busyAt(c.now());
    }

    /** After a gap, the latest of what was missed; otherwise the one due first. */
    private static ReminderCandidates.Candidate choose(List<ReminderCandidates.Candidate> ready, Instant collapseUntil) {
        Comparator<ReminderCandidates.Candidate> byReady = Comparator.comparing(ReminderCandidates.Candidate::readyAt)
                .thenComparing(x -> x.kind().ordinal());
        if (collapseUntil != null) {
            return ready.stream().filter(x -> !x.readyAt().isAfter(collapseUntil))
                    .max(Comparator.comparing(ReminderCandidates.Candidate::readyAt)
                            .thenComparing(x -> -x.kind().ordinal()))
                    .orElseGet(() -> ready.stream().min(byReady).orElseThrow());
        }
        return ready.stream().min(byReady).orElseThrow();
    }

    private static ReminderState shown(ReminderState st, Reminder r, ReminderCandidates.Candidate chosen,
            List<ReminderCandidates.Candidate> ready, Instant now) {
        st = consume(st.withShown(r), chosen, now);
        if (st.collapseUntil() != null) {
            for (ReminderCandidates.Candidate x : ready) {
                if (x != chosen && !x.readyAt().isAfter(st.collapseUntil())) {
                    st = consume(st, x, now); // missed meanwhile: the one reminder stands for them all
                }
            }
        }
        return later(st.withCollapse(null, false), now.plus(SPACING));
    }

    private static ReminderState consume(ReminderState st, ReminderCandidates.Candidate x, Instant now) {
        if (x.snooze() != null) {
            return st.withoutSnooze(x.snooze());
        }
        return st.advanced(x.kind(), x.kind() == ReminderKind.SITTING ? now : x.dueAt());
    }

    private static ReminderState later(ReminderState st, Instant until) {
        return st.restUntil() != null && st.restUntil().isAfter(until) ? st : st.withRestUntil(until);
    }

    private static Upcoming earliest(ReminderSettings s, ReminderState st, Context c) {
        Instant now = c.now();
        ReminderDay today = ReminderDay.atOrAfter(s, now, c.zone());
        ReminderCandidates.Candidate first = null;
        for (ReminderDay day : List.of(today, ReminderDay.atOrAfter(s, today.end(), c.zone()))) {
            first = ReminderCandidates.pending(s, st, c, day).stream()
                    .min(Comparator.comparing(ReminderCandidates.Candidate::readyAt)).orElse(null);
            if (first != null) {
                break;
            }
        }
        if (first == null) {
            return null;
        }
        Instant at = max(first.readyAt(), now);
        if (st.restUntil() != null) {
            at = max(at, st.restUntil());
        }
        if (st.current() != null) {
            at = max(at, st.current().shownAt().plus(OPEN_FOR));
        }
        for (Busy b : c.busy()) {
            if (b.contains(at)) {
                if (b.to() == null) {
                    return new Upcoming(first.kind(), null);
                }
                at = b.to();
            }
        }
        return new Upcoming(first.kind(), at);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
