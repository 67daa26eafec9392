package org.backspasm.core.companion;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the reminder schedule as the app does (a look at every wake, a wake at the next instant something can show
 * or when something changes) through a script of running time, gaps, answers and do-not-disturb, and records every
 * reminder shown with what was true at that moment.
 */
final class ReminderSimulation {
    /** One step of the script. */
    sealed interface Op permits Run, Gap, Answer, Hold {
    }

    /** The app runs for this long, waking as its alarm would. */
    record Run(Duration length) implements Op {
    }

    /** The app is closed or the computer sleeps for this long: nothing looks. */
    record Gap(Duration length) implements Op {
    }

    /** The user answers the reminder showing (if any). */
    record Answer(String what) implements Op {
    }

    /** Do not disturb goes on or off. */
    record Hold(boolean on) implements Op {
    }

    /** A reminder shown, and what held at that moment. */
    record Shown(Reminder reminder, boolean previousOpen, boolean busy, Instant gapEnd, boolean reshow) {
    }

    final ReminderSettings settings;
    final ZoneId zone;
    final List<ReminderSchedule.Busy> busy;
    final List<Shown> shows = new ArrayList<>();
    final List<Instant> gapEnds = new ArrayList<>();
    ReminderState state = ReminderState.EMPTY;
    Instant now;
    boolean hold;
    Instant sittingSince;
    private Reminder open;
    private final Set<String> seen = new HashSet<>();

    ReminderSimulation(ReminderSettings settings, ZoneId zone, Instant start, List<ReminderSchedule.Busy> busy) {
        this.settings = settings;
        this.zone = zone;
        this.now = start;
        this.sittingSince = start;
        this.busy = busy;
    }

    void run(List<Op> ops) {
        look();
        for (Op op : ops) {
            if (op instanceof Run r) {
                runFor(r.length());
            } else if (op instanceof Gap g) {
                now = now.plus(g.length());
                gapEnds.add(now);
                sittingSince = now;
                look();
            } else if (op instanceof Answer a) {
                answer(a.what());
            } else if (op instanceof Hold h) {
                hold = h.on();
                look();
            }
        }
    }

    private void runFor(Duration length) {
        Instant end = now.plus(length);
        while (now.isBefore(end)) {
            Instant next = wake(look());
            now = next.isAfter(end) ? end : next;
        }
        look();
    }

    /** The real alarm wakes at the instant asked or after 30 s, whichever comes first. */
    private Instant wake(Instant asked) {
        Instant cap = now.plusSeconds(30);
        return asked != null && asked.isAfter(now) && asked.isBefore(cap) ? asked : cap;
    }

    Instant look() {
        ReminderSchedule.Context c = new ReminderSchedule.Context(now, zone, true, sittingSince, busy, hold);
        boolean previousOpen = open != null && now.isBefore(open.shownAt().plus(ReminderSchedule.OPEN_FOR))
                && ReminderDay.at(settings, now, zone) != null
                && ReminderDay.at(settings, now, zone).contains(open.shownAt());
        ReminderSchedule.Outcome o = ReminderSchedule.observe(settings, state, c);
        state = o.state();
        if (o.show() != null) {
            Reminder r = o.show();
            boolean reshow = !seen.add(r.kind() + "@" + r.dueAt());
            shows.add(new Shown(r, previousOpen, c.busyAt(now), gapEnds.isEmpty() ? null
                    : gapEnds.get(gapEnds.size() - 1), reshow));
            open = r;
        }
        if (state.current() == null) {
            open = null;
        }
        return o.nextAt();
    }

    private void answer(String what) {
        if (state.current() == null) {
            return;
        }
        switch (what) {
            case "done", "dismiss" -> state = ReminderSchedule.close(state, now);
            case "10m" -> state = ReminderSchedule.snooze(settings, state, now, zone, ReminderSchedule.Snooze.TEN_MINUTES);
            case "1h" -> state = ReminderSchedule.snooze(settings, state, now, zone, ReminderSchedule.Snooze.ONE_HOUR);
            default -> state = ReminderSchedule.snooze(settings, state, now, zone, ReminderSchedule.Snooze.REST_OF_TODAY);
        }
        open = null;
        look();
    }
}
