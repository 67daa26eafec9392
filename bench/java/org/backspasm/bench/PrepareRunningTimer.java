package org.backspasm.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.backspasm.core.settings.Settings;
import org.backspasm.core.state.Sections;
import org.backspasm.core.therapy.Mode;
import org.backspasm.core.therapy.TherapyPlan;
import org.backspasm.core.therapy.TherapySession;
import org.backspasm.core.therapy.TherapyState;
import org.backspasm.store.StateStore;
import org.backspasm.store.StoreNotices;

/**
 * For the benchmark (bench/run): writes a data folder in which the disclaimer is accepted, sound is off and an ice
 * timer started just now, so the app opens with a timer running. Usage: PrepareRunningTimer DATA_DIR
 * Not part of the shipped app: bench/run compiles it against the build output, on the class path.
 */
public final class PrepareRunningTimer {
    private PrepareRunningTimer() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Clock clock = Clock.systemUTC();
        StateStore state = StateStore.open(dir, Runnable::run, new StoreNotices(), clock);
        state.put(Sections.SETTINGS, Settings.defaults(Locale.UK).withSoundOn(false).withDisclaimerAcceptedAt(clock.instant()));
        TherapySession session = new TherapySession(clock, TherapyState.EMPTY,
                s -> state.put(Sections.THERAPY, s), e -> { });
        session.start(TherapyPlan.defaults(Mode.ICE));
    }
}
