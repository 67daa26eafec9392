package org.backspasm.core.companion;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * When each reminder falls on a waking day. Walks are spread evenly over the day (3: at a quarter, half and three
 * quarters of it; 08:00–21:00 gives 11:15, 14:30 and 17:45), drinks likewise between them, the routine and the pain
 * rating at the clock times chosen (when the day reaches them). Long sitting has no fixed times: it follows the
 * time sat (see {@link ReminderSchedule}); its number a day is the day's length over the interval.
 */
public final class ReminderSlots {
    /** Slot times are rounded to this. */
    static final Duration ROUND = Duration.ofMinutes(5);
    /** More long-sitting reminders than this in one day are never given, whatever the interval. */
    public static final int MAX_SITTING_PER_DAY = 16;

    private ReminderSlots() {
    }

    /** The instants of the kind on the day, in order (empty for long sitting). */
    public static List<Instant> of(ReminderSettings s, ReminderKind kind, ReminderDay day, ZoneId zone) {
        return switch (kind) {
            case WALK -> spread(day, s.walksPerDay(), 1.0);
            case HYDRATION -> spread(day, ReminderSettings.HYDRATION_PER_DAY, 0.5);
            case ROUTINE -> atTimes(day, s.routineTimes(), zone);
            case PAIN_RATING -> atTimes(day, List.of(s.painTime()), zone);
            case SITTING -> List.of();
        };
    }

    /** The most of the kind the day can hold. */
    public static int perDay(ReminderSettings s, ReminderKind kind, ReminderDay day, ZoneId zone) {
        if (kind == ReminderKind.SITTING) {
            Duration every = s.sittingInterval();
            return every == null ? 0 : (int) Math.min(MAX_SITTING_PER_DAY, day.span().toMinutes() / every.toMinutes());
        }
        return of(s, kind, day, zone).size();
    }

    /** {@code n} instants: offset 1 puts them at (k + 1) / (n + 1) of the day, offset 0.5 at the middles of n parts. */
    private static List<Instant> spread(ReminderDay day, int n, double offset) {
        long span = day.span().toMillis();
        double parts = offset >= 1 ? n + 1 : n;
        List<Instant> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            long at = Math.round(span * (k + offset) / parts);
            Instant t = round(day.start().plusMillis(at));
            if (day.contains(t) && (out.isEmpty() || t.isAfter(out.get(out.size() - 1)))) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<Instant> atTimes(ReminderDay day, List<LocalTime> times, ZoneId zone) {
        List<Instant> out = new ArrayList<>();
        for (LocalTime t : times) {
            Instant at = day.timeOfDay(t, zone);
            if (at != null && !out.contains(at)) {
                out.add(at);
            }
        }
        out.sort(null);
        return out;
    }

    private static Instant round(Instant t) {
        long step = ROUND.toMillis();
        return Instant.ofEpochMilli(Math.round((double) t.toEpochMilli() / step) * step);
    }
}
