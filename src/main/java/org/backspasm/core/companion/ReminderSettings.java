package org.backspasm.core.companion;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which reminders are on and when, as the user set them in Settings → Reminders. Defaults that do not nag: walks
 * (3 a day), the routine (once, at 10:00) and the pain rating (19:00) are on, and run while an episode is
 * recorded; long sitting is off until an interval is chosen; hydration is off and can only be switched on after
 * the fluid-limit question is answered "no". Quiet hours 21:00–08:00. A missing value (a file saved before a
 * field existed) reads as its default.
 */
public record ReminderSettings(
        Boolean walk, Integer walksPerDay,
        Boolean routine, List<LocalTime> routineTimes,
        Integer sittingMinutes,
        Boolean hydration, FluidLimit fluidLimit,
        Boolean painRating, LocalTime painTime,
        LocalTime quietStart, LocalTime quietEnd) {

    public static final int MIN_WALKS = 3;
    public static final int MAX_WALKS = 4;
    public static final int HYDRATION_PER_DAY = 4;
    public static final int MAX_ROUTINE_TIMES = 2;
    public static final int MIN_SITTING_MINUTES = 15;
    public static final int MAX_SITTING_MINUTES = 180;
    /** The habit the app suggests for long sitting (never as a dose): 30 to 60 minutes. */
    public static final int SUGGESTED_SITTING_FROM = 30;
    public static final int SUGGESTED_SITTING_TO = 60;
    public static final ReminderSettings DEFAULTS = new ReminderSettings(null, null, null, null, null, null, null,
            null, null, null, null);

    public ReminderSettings {
        walk = walk == null || walk;
        walksPerDay = walksPerDay == null ? MIN_WALKS : Math.max(MIN_WALKS, Math.min(MAX_WALKS, walksPerDay));
        routine = routine == null || routine;
        routineTimes = routineTimes == null || routineTimes.isEmpty() ? List.of(LocalTime.of(10, 0))
                : cleanTimes(routineTimes);
        if (sittingMinutes != null && (sittingMinutes < MIN_SITTING_MINUTES || sittingMinutes > MAX_SITTING_MINUTES)) {
            sittingMinutes = null;
        }
        fluidLimit = Objects.requireNonNullElse(fluidLimit, FluidLimit.NOT_ASKED);
        hydration = hydration != null && hydration && fluidLimit == FluidLimit.NO_LIMIT;
        painRating = painRating == null || painRating;
        painTime = Objects.requireNonNullElse(painTime, LocalTime.of(19, 0)).withSecond(0).withNano(0);
        quietStart = Objects.requireNonNullElse(quietStart, LocalTime.of(21, 0)).withSecond(0).withNano(0);
        quietEnd = Objects.requireNonNullElse(quietEnd, LocalTime.of(8, 0)).withSecond(0).withNano(0);
    }

    private static List<LocalTime> cleanTimes(List<LocalTime> times) {
        List<LocalTime> out = new ArrayList<>();
        for (LocalTime t : times) {
            if (t != null && out.size() < MAX_ROUTINE_TIMES) {
                LocalTime m = t.withSecond(0).withNano(0);
                if (!out.contains(m)) {
                    out.add(m);
                }
            }
        }
        out.sort(null);
        return out.isEmpty() ? List.of(LocalTime.of(10, 0)) : List.copyOf(out);
    }

    /**
     * Whether the kind is switched on and can run: walks, the routine and the pain rating belong to an episode, so
     * they run only while one is recorded; long sitting and hydration run whenever they are on.
     */
    public boolean runs(ReminderKind kind, boolean episode) {
        return switch (kind) {
            case WALK -> walk && episode;
            case ROUTINE -> routine && episode;
            case PAIN_RATING -> painRating && episode;
            case SITTING -> sittingMinutes != null;
            case HYDRATION -> hydration;
        };
    }

    /** Whether the switch for the kind is on (what Settings shows). */
    public boolean on(ReminderKind kind) {
        return runs(kind, true);
    }

    public Duration sittingInterval() {
        return sittingMinutes == null ? null : Duration.ofMinutes(sittingMinutes);
    }

    public ReminderSettings withOn(ReminderKind kind, boolean on) {
        return switch (kind) {
            case WALK -> new ReminderSettings(on, walksPerDay, routine, routineTimes, sittingMinutes, hydration,
                    fluidLimit, painRating, painTime, quietStart, quietEnd);
            case ROUTINE -> new ReminderSettings(walk, walksPerDay, on, routineTimes, sittingMinutes, hydration,
                    fluidLimit, painRating, painTime, quietStart, quietEnd);
            case SITTING -> withSittingMinutes(on ? Objects.requireNonNullElse(sittingMinutes, SUGGESTED_SITTING_FROM)
                    : null);
            case HYDRATION -> new ReminderSettings(walk, walksPerDay, routine, routineTimes, sittingMinutes, on,
                    fluidLimit, painRating, painTime, quietStart, quietEnd);
            case PAIN_RATING -> new ReminderSettings(walk, walksPerDay, routine, routineTimes, sittingMinutes,
                    hydration, fluidLimit, on, painTime, quietStart, quietEnd);
        };
    }

    public ReminderSettings withWalksPerDay(int n) {
        return new ReminderSettings(walk, n, routine, routineTimes, sittingMinutes, hydration, fluidLimit,
                painRating, painTime, quietStart, quietEnd);
    }

    public ReminderSettings withRoutineTimes(List<LocalTime> times) {
        return new ReminderSettings(walk, walksPerDay, routine, times, sittingMinutes, hydration, fluidLimit,
                painRating, painTime, quietStart, quietEnd);
    }

    /** Null switches the long-sitting reminder off. */
    public ReminderSettings withSittingMinutes(Integer minutes) {
        return new ReminderSettings(walk, walksPerDay, routine, routineTimes, minutes, hydration, fluidLimit,
                painRating, painTime, quietStart, quietEnd);
    }

    /** A fluid limit switches hydration off for good (until the answer is changed). */
    public ReminderSettings withFluidLimit(FluidLimit answer) {
        return new ReminderSettings(walk, walksPerDay, routine, routineTimes, sittingMinutes,
                answer == FluidLimit.NO_LIMIT && hydration, answer, painRating, painTime, quietStart, quietEnd);
    }

    public ReminderSettings withPainTime(LocalTime t) {
        return new ReminderSettings(walk, walksPerDay, routine, routineTimes, sittingMinutes, hydration, fluidLimit,
                painRating, t, quietStart, quietEnd);
    }

    public ReminderSettings withQuietHours(LocalTime start, LocalTime end) {
        return new ReminderSettings(walk, walksPerDay, routine, routineTimes, sittingMinutes, hydration, fluidLimit,
                painRating, painTime, start, end);
    }
}
