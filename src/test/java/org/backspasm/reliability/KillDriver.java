package org.backspasm.reliability;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.backspasm.core.state.Sections;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.therapy.Mode;
import org.backspasm.core.therapy.SafetyAnswers;
import org.backspasm.core.therapy.TherapyPlan;
import org.backspasm.core.therapy.TherapyRun;
import org.backspasm.core.therapy.TherapySession;
import org.backspasm.core.therapy.TherapyState;
import org.backspasm.store.JournalStore;
import org.backspasm.store.StateStore;
import org.backspasm.store.StoreNotices;

/**
 * The process {@link KillTest} kills: the real stores, writing as fast as they can. Step n appends a pain rating
 * noted "seq n" to the journal, then saves the ice timer as it stands at step n (segment n of an open-ended ice
 * session) to the state file, and only then prints {@code ACK n}: both writes are on disk when it is printed. On
 * start it carries on after the last step found on disk, and prints {@code NOTE} for anything the stores report.
 */
public final class KillDriver {
    static final Instant BASE = Instant.parse("2026-01-01T08:00:00Z");
    static final TherapyPlan PLAN = new TherapyPlan(Mode.ICE, false, 20, 20, TherapyPlan.UNTIL_STOPPED);
    static final String NOTE = "seq ";

    private KillDriver() {
    }

    /** The ice timer as it must be stored after step n: its segment n, paused on every fifth step. */
    static TherapyState stateAt(int n) {
        Instant start = BASE.plus(Duration.ofMinutes(20L * n));
        Instant pausedAt = n % 5 == 0 ? start.plus(Duration.ofMinutes(4)) : null;
        TherapyRun run = new TherapyRun(PLAN, BASE, n, start, start, pausedAt, Duration.ofSeconds(n % 7),
                pausedAt != null ? pausedAt : start);
        return new TherapyState(run, SafetyAnswers.NONE, PLAN);
    }

    /** The step a journal entry records, or -1 for any other entry. */
    static int stepOf(JournalEntry e) {
        return e instanceof PainRating p && p.note().startsWith(NOTE) ? Integer.parseInt(p.note().substring(NOTE.length())) : -1;
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        StoreNotices notices = new StoreNotices();
        notices.onReport(m -> System.out.println("NOTE " + m));
        Clock clock = Clock.systemUTC();
        StateStore state = StateStore.open(dir, Runnable::run, notices, clock);
        JournalStore journal = JournalStore.open(dir, Runnable::run, notices, clock);
        TherapyState stored = state.get(Sections.THERAPY, TherapyState.EMPTY);
        int last = stored.run() == null ? 0 : stored.run().index();
        for (JournalEntry e : journal.entries()) {
            last = Math.max(last, stepOf(e));
        }
        System.out.println("START " + (last + 1));
        System.out.flush();
        for (int n = last + 1; ; n++) {
            journal.append(new PainRating(BASE.plus(Duration.ofMinutes(20L * n)), n % 11, NOTE + n, "kill test"));
            state.put(Sections.THERAPY, stateAt(n));
            if (notices.notSaving()) {
                System.out.println("FAIL a write was refused");
                System.exit(3);
            }
            System.out.println("ACK " + n);
            System.out.flush();
        }
    }
}
