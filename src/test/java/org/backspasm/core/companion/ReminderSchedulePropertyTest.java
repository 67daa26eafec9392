package org.backspasm.core.companion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The reminder schedule's promises, over random settings (quiet hours anywhere, every reminder on or off, any
 * interval), random ice and heat alarms, and random days of use with sleeps, restarts, answers and do-not-disturb.
 */
class ReminderSchedulePropertyTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/London"); // with its clock changes

    @Property(tries = 40)
    void theScheduleKeepsItsPromises(@ForAll("settings") ReminderSettings s, @ForAll("starts") Instant start,
            @ForAll("busy") List<Integer[]> alarms, @ForAll("scripts") List<ReminderSimulation.Op> script) {
        List<ReminderSchedule.Busy> busy = new ArrayList<>();
        for (Integer[] a : alarms) {
            Instant from = start.plus(Duration.ofMinutes(a[0]));
            busy.add(new ReminderSchedule.Busy(from, from.plus(Duration.ofMinutes(a[1]))));
        }
        ReminderSimulation sim = new ReminderSimulation(s, ZONE, start, busy);
        sim.run(script);

        Map<String, Set<Instant>> perDay = new HashMap<>();
        Instant previous = null;
        Map<Instant, Integer> missedShownAfterGap = new HashMap<>();
        for (ReminderSimulation.Shown x : sim.shows) {
            Reminder r = x.reminder();
            ReminderDay day = ReminderDay.at(s, r.shownAt(), ZONE);
            assertTrue(day != null, () -> "shown inside quiet hours: " + r + " with " + s);
            assertFalse(x.previousOpen(), () -> "two reminders at once: " + r);
            assertFalse(x.busy(), () -> "shown while an ice or heat alarm was due: " + r);
            if (previous != null) {
                Instant p = previous;
                assertFalse(Duration.between(p, r.shownAt()).compareTo(ReminderSchedule.SPACING) < 0,
                        () -> "two reminders within " + ReminderSchedule.SPACING + ": " + p + " and " + r);
            }
            previous = r.shownAt();
            Set<Instant> ofKind = perDay.computeIfAbsent(r.kind() + "@" + day.start(), k -> new HashSet<>());
            ofKind.add(r.dueAt());
            int max = ReminderSlots.perDay(s, r.kind(), day, ZONE);
            assertTrue(ofKind.size() <= max, () -> "more than the day's " + max + " of " + r.kind() + ": " + ofKind);
            if (x.gapEnd() != null && !x.reshow() && !r.dueAt().isAfter(x.gapEnd())) {
                int n = missedShownAfterGap.merge(x.gapEnd(), 1, Integer::sum);
                assertTrue(n <= 1, () -> "more than one catch-up after the gap ending " + x.gapEnd() + ": " + r);
            }
            if (r.catchUp()) {
                assertTrue(x.gapEnd() != null, () -> "a catch-up without a gap: " + r);
            }
        }
    }

    @Provide
    Arbitrary<ReminderSettings> settings() {
        Arbitrary<LocalTime> times = Arbitraries.integers().between(0, 95).map(q -> LocalTime.of(q / 4, q % 4 * 15));
        Arbitrary<Boolean> onOff = Arbitraries.of(true, false);
        return Combinators.combine(
                Combinators.combine(onOff, Arbitraries.integers().between(3, 4), onOff,
                        times.list().ofMinSize(1).ofMaxSize(2)).as((w, n, r, rt) -> new Object[] {w, n, r, rt}),
                Arbitraries.of(null, 15, 30, 45, 60, 90),
                onOff, onOff, times, times, times).as((a, sit, hyd, pain, pt, qs, qe) -> new ReminderSettings(
                        (Boolean) a[0], (Integer) a[1], (Boolean) a[2], castTimes(a[3]), sit, hyd,
                        hyd ? FluidLimit.NO_LIMIT : FluidLimit.NOT_ASKED, pain, pt, qs, qe));
    }

    @SuppressWarnings("unchecked")
    private static List<LocalTime> castTimes(Object o) {
        return (List<LocalTime>) o;
    }

    @Provide
    Arbitrary<Instant> starts() {
        // through a year, so the clock changes of spring and autumn come up
        return Arbitraries.longs().between(0, 365L * 24 * 60).map(m -> Instant.parse("2026-01-01T00:00:00Z")
                .plus(Duration.ofMinutes(m)));
    }

    @Provide
    Arbitrary<List<Integer[]>> busy() {
        return Combinators.combine(Arbitraries.integers().between(0, 3 * 24 * 60), Arbitraries.integers().between(1, 30))
                .as((from, length) -> new Integer[] {from, length}).list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<ReminderSimulation.Op>> scripts() {
        Arbitrary<ReminderSimulation.Op> run = Arbitraries.integers().between(1, 240)
                .map(m -> new ReminderSimulation.Run(Duration.ofMinutes(m)));
        Arbitrary<ReminderSimulation.Op> gap = Arbitraries.integers().between(2, 24 * 60)
                .map(m -> new ReminderSimulation.Gap(Duration.ofMinutes(m)));
        Arbitrary<ReminderSimulation.Op> answer = Arbitraries.of("done", "dismiss", "10m", "1h", "rest")
                .map(ReminderSimulation.Answer::new);
        Arbitrary<ReminderSimulation.Op> hold = Arbitraries.of(true, false).map(ReminderSimulation.Hold::new);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, run), net.jqwik.api.Tuple.of(2, gap), net.jqwik.api.Tuple.of(4, answer),
                net.jqwik.api.Tuple.of(1, hold)).list().ofMinSize(1).ofMaxSize(12);
    }
}
