package org.backspasm.core.stretch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressionTest {
    private final LocalDate day1 = LocalDate.parse("2026-11-22");

    private static int reps(StretchContent c, Map<String, StretchProgress> p, String id) {
        return Progression.suggestedReps(c.stretch(id), p);
    }

    @Test
    void bridgesRiseByTheirStepEveryFewPainFreeDaysUpToTheMaximum() throws Exception {
        StretchContent c = StretchFixtures.shipped();
        Map<String, StretchProgress> p = Map.of();
        assertEquals(5, reps(c, p, "glute-bridge"));
        for (int d = 0; d < Progression.DAYS_PER_RISE - 1; d++) {
            p = Progression.afterSession(p, c, List.of("glute-bridge"), true, false, day1.plusDays(d));
        }
        assertEquals(5, reps(c, p, "glute-bridge"), "no rise before enough pain-free days");
        p = Progression.afterSession(p, c, List.of("glute-bridge"), true, false, day1.plusDays(2));
        assertEquals(7, reps(c, p, "glute-bridge"), "bridges rise by 2");
        for (int d = 3; d < 60; d++) {
            p = Progression.afterSession(p, c, List.of("glute-bridge"), true, false, day1.plusDays(d));
        }
        assertEquals(30, reps(c, p, "glute-bridge"), "never past the maximum");
    }

    @Test
    void severalSessionsOnOneDayCountOnce() throws Exception {
        StretchContent c = StretchFixtures.shipped();
        Map<String, StretchProgress> p = Map.of();
        for (int i = 0; i < 5; i++) {
            p = Progression.afterSession(p, c, List.of("pelvic-tilt"), true, false, day1);
        }
        assertEquals(5, reps(c, p, "pelvic-tilt"));
        assertEquals(1, p.get("pelvic-tilt").painFreeDays());
    }

    @Test
    void aSessionStoppedForPainNeverRaisesAndStartsTheCountAgain() throws Exception {
        StretchContent c = StretchFixtures.shipped();
        Map<String, StretchProgress> p = Map.of();
        p = Progression.afterSession(p, c, List.of("pelvic-tilt"), true, false, day1);
        p = Progression.afterSession(p, c, List.of("pelvic-tilt"), true, false, day1.plusDays(1));
        p = Progression.afterSession(p, c, List.of("pelvic-tilt"), false, true, day1.plusDays(2));
        assertEquals(5, reps(c, p, "pelvic-tilt"), "no rise after a pain stop");
        assertEquals(0, p.get("pelvic-tilt").painFreeDays());
        p = Progression.afterSession(p, c, List.of("pelvic-tilt"), true, false, day1.plusDays(3));
        p = Progression.afterSession(p, c, List.of("pelvic-tilt"), true, false, day1.plusDays(4));
        assertEquals(5, reps(c, p, "pelvic-tilt"));
        p = Progression.afterSession(p, c, List.of("pelvic-tilt"), true, false, day1.plusDays(5));
        assertEquals(6, reps(c, p, "pelvic-tilt"), "three new pain-free days after the stop");
    }

    @Test
    void aSessionStoppedWithoutPainChangesNothing() throws Exception {
        StretchContent c = StretchFixtures.shipped();
        Map<String, StretchProgress> p = Progression.afterSession(Map.of(), c, List.of("pelvic-tilt"), false, false,
                day1);
        assertEquals(Map.of(), p);
    }

    @Test
    void walkingHasNoRepsToRaise() throws Exception {
        StretchContent c = StretchFixtures.shipped();
        Map<String, StretchProgress> p = Map.of();
        for (int d = 0; d < 10; d++) {
            p = Progression.afterSession(p, c, List.of("walk"), true, false, day1.plusDays(d));
        }
        assertEquals(1, reps(c, p, "walk"));
    }
}
