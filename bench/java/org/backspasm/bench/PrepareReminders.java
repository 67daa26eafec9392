package org.backspasm.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.backspasm.core.companion.FluidLimit;
import org.backspasm.core.companion.ReminderKind;
import org.backspasm.core.companion.ReminderSchedule;
import org.backspasm.core.companion.ReminderSettings;
import org.backspasm.core.companion.ReminderState;
import org.backspasm.core.episode.Episode;
import org.backspasm.core.settings.Settings;
import org.backspasm.core.state.Sections;
import org.backspasm.store.StateStore;
import org.backspasm.store.StoreNotices;

/**
 * For the benchmark (bench/run) and a real-window check: writes a data folder with the disclaimer accepted, sound
 * off, an episode that began three days ago and every reminder on (4 walks, the routine twice, long sitting every
 * 20 minutes, hydration after a "no" to the fluid-limit question, the pain rating), without quiet hours so the run
 * does not depend on the time of day. With a second argument, a walk reminder falls due that many seconds from now
 * (a walk snoozed until then). Usage: PrepareReminders DATA_DIR [WALK_IN_SECONDS]
 * Not part of the shipped app: bench/run compiles it against the build output, on the class path.
 */
public final class PrepareReminders {
    private PrepareReminders() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Clock clock = Clock.systemDefaultZone();
        Instant now = clock.instant();
        StateStore state = StateStore.open(dir, Runnable::run, new StoreNotices(), clock);
        state.put(Sections.SETTINGS, Settings.defaults(Locale.UK).withSoundOn(false).withDisclaimerAcceptedAt(now));
        state.put(Sections.EPISODE, new Episode(now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(3))));
        ReminderSettings all = ReminderSettings.DEFAULTS.withWalksPerDay(4)
                .withRoutineTimes(List.of(LocalTime.of(10, 0), LocalTime.of(17, 0)))
                .withSittingMinutes(20).withFluidLimit(FluidLimit.NO_LIMIT).withOn(ReminderKind.HYDRATION, true)
                .withQuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        state.put(Sections.REMINDERS, all);
        ReminderState seen = ReminderSchedule.observe(all, ReminderState.EMPTY, new ReminderSchedule.Context(now,
                clock.getZone(), true, now, List.of(), false)).state();
        if (args.length > 1) {
            Instant due = now.plusSeconds(Long.parseLong(args[1]));
            seen = seen.withSnoozes(List.of(new ReminderState.Snooze(ReminderKind.WALK, due, due)));
        }
        state.put(Sections.REMINDER_STATE, seen);
    }
}
