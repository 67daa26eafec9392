package org.backspasm.ui.stretch.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures every shipped pose: one body with the same segment lengths in each, a head about a seventh of the
 * height, joints that bend only the way a body bends, no limb across the head or through the floor; and checks the
 * poses against what their step texts say.
 */
class PoseGeometryTest {
    private static PoseLibrary lib;

    @BeforeAll
    static void load() throws Exception {
        lib = PoseLibrary.load();
    }

    private static double dist(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }

    /** An angle brought into [lo, lo + 360). */
    private static double norm(double a, double lo) {
        return ((a - lo) % 360 + 360) % 360 + lo;
    }

    private static double direction(double[] from, double[] to) {
        return Math.toDegrees(Math.atan2(to[1] - from[1], to[0] - from[0]));
    }

    @Test
    void theBodyIsAboutSevenHeadsTall() {
        assertTrue(Body.headsTall() > 6.5 && Body.headsTall() < 7.5, "heads tall: " + Body.headsTall());
        Skeleton stand = Skeleton.of(lib.get("stand"));
        double top = stand.head()[1] + Body.HEAD_RADIUS;
        assertEquals(Body.standingHeight(), top, 1.5, "standing, the figure is as tall as the body says");
        assertEquals(Body.ANKLE_HEIGHT, stand.legNear()[2][1], 0.5);
        double fingertips = stand.armNear()[2][1];
        assertTrue(fingertips > stand.legNear()[1][1] && fingertips < stand.hip()[1],
                "hanging arms end between the knee and the hip: " + fingertips);
    }

    @Test
    void everyPoseKeepsTheBodysSegmentLengths() {
        for (String id : lib.ids()) {
            Pose p = lib.get(id);
            Skeleton s = Skeleton.of(p);
            assertEquals(Body.TORSO, dist(s.hip(), s.shoulder()), 1e-6, id + " torso");
            assertEquals(Body.HEAD_OFFSET, dist(s.shoulder(), s.head()), 1e-6, id + " neck");
            for (double[][] arm : List.of(s.armNear(), s.armFar())) {
                segment(id, "upper arm", arm[0], arm[1], Body.UPPER_ARM, p.topView());
                segment(id, "forearm", arm[1], arm[2], Body.FOREARM, p.topView());
            }
            for (double[][] leg : List.of(s.legNear(), s.legFar())) {
                segment(id, "thigh", leg[0], leg[1], Body.THIGH, p.topView());
                segment(id, "shin", leg[1], leg[2], Body.SHIN, p.topView());
                segment(id, "foot", leg[2], leg[3], Body.FOOT, p.topView());
            }
            if (!p.topView()) {
                assertTrue(p.lengths() == null || p.lengths().isEmpty(), id + ": a side view shortens no limb");
            }
        }
    }

    /** Seen from the side a segment has its full length; from above it may look shorter, never longer. */
    private static void segment(String id, String name, double[] a, double[] b, double length, boolean fromAbove) {
        double d = dist(a, b);
        if (fromAbove) {
            assertTrue(d <= length + 1e-6 && d >= 0.3 * length, id + " " + name + " seen from above: " + d);
        } else {
            assertEquals(length, d, 1e-6, id + " " + name);
        }
    }

    @Test
    void jointsBendOnlyTheWayABodyBends() {
        for (String id : lib.ids()) {
            Pose p = lib.get(id);
            if (p.topView()) {
                continue;
            }
            double back = p.torso() + 180;
            for (double[] leg : List.of(p.legNear(), p.legFar())) {
                range(id, "hip", norm(leg[0] - back, -180), -35, 165);
                range(id, "knee", norm(leg[0] - leg[1], -180), -5, 165);
                range(id, "ankle", norm(leg[2] - leg[1], -90), -5, 130);
            }
            for (double[] arm : List.of(p.armNear(), p.armFar())) {
                range(id, "shoulder", norm(arm[0] - back, -90), -60, 190);
                range(id, "elbow", norm(arm[1] - arm[0], -180), -8, 150);
            }
            range(id, "neck", norm(p.neck() - p.torso(), -180), -70, 45);
            if (p.face() != null) {
                range(id, "face", norm(p.face() - p.neck(), -180), -135, 10);
            }
        }
    }

    private static void range(String id, String joint, double angle, double min, double max) {
        assertTrue(angle >= min && angle <= max, id + ": " + joint + " bent " + Math.round(angle)
                + " degrees, outside " + min + " to " + max);
    }

    @Test
    void noLimbCrossesTheHeadOrSinksIntoTheFloor() {
        double[] armWidths = {Body.UPPER_ARM_WIDTH, Body.FOREARM_WIDTH};
        double[] legWidths = {Body.THIGH_WIDTH, Body.SHIN_WIDTH, Body.FOOT_WIDTH};
        for (String id : lib.ids()) {
            Skeleton s = Skeleton.of(lib.get(id));
            for (double[][] chain : List.of(s.armNear(), s.armFar(), s.legNear(), s.legFar())) {
                double[] widths = chain.length == 3 ? armWidths : legWidths;
                for (int i = 0; i + 1 < chain.length; i++) {
                    double gap = segmentDistance(s.head(), chain[i], chain[i + 1]) - Body.HEAD_RADIUS - widths[i] / 2;
                    assertTrue(gap > -2, id + ": a limb crosses the head (" + gap + ")");
                    if (!lib.get(id).topView()) {
                        assertTrue(chain[i + 1][1] - widths[i] / 2 > -3, id + ": a limb goes through the floor");
                    }
                }
            }
            if (!lib.get(id).topView()) {
                assertTrue(s.head()[1] - Body.HEAD_RADIUS > -1, id + ": the head goes through the floor");
            }
        }
    }

    private static double segmentDistance(double[] c, double[] a, double[] b) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double t = Math.max(0, Math.min(1, ((c[0] - a[0]) * dx + (c[1] - a[1]) * dy) / (dx * dx + dy * dy)));
        return Math.hypot(c[0] - a[0] - t * dx, c[1] - a[1] - t * dy);
    }

    @Test
    void kneeToChestHandsHoldTheShinJustBelowTheKnee() {
        Skeleton s = Skeleton.of(lib.get("knee-chest"));
        double[] knee = s.legNear()[1];
        double[] ankle = s.legNear()[2];
        for (double[][] arm : List.of(s.armNear(), s.armFar())) {
            double[] hand = arm[2];
            assertTrue(segmentDistance(hand, knee, ankle) < 3, "the hand is on the shin");
            double along = ((hand[0] - knee[0]) * (ankle[0] - knee[0]) + (hand[1] - knee[1]) * (ankle[1] - knee[1]))
                    / Body.SHIN;
            assertTrue(along > Body.THIGH_WIDTH / 2 && along < 16,
                    "just below the rounded knee, not on it and not down at the ankle: " + along);
        }
    }

    @Test
    void allFoursAndCowKeepTheHeadInLineWithTheBack() {
        for (String id : List.of("all-fours", "cow", "fours-tilt")) {
            Pose p = lib.get(id);
            assertTrue(Math.abs(norm(p.neck() - p.torso(), -180)) <= 10, id + ": head in line with the back");
        }
        Pose cat = lib.get("cat");
        assertTrue(norm(cat.neck() - cat.torso(), -180) < -25, "in the cat the head drops");
    }

    /** How far the hips have moved from over the knees toward over the heels (0 = all fours, 1 = over the heels). */
    private static double wayBack(String id) {
        Skeleton s = Skeleton.of(lib.get(id));
        double knee = s.legNear()[1][0];
        double heel = s.legNear()[2][0];
        return (knee - s.hip()[0]) / (knee - heel);
    }

    @Test
    void childsPoseStopsShortOfTheHeelsAndThePartWayVersionAboutHalfWay() {
        assertEquals(0, wayBack("all-fours"), 0.05);
        Skeleton child = Skeleton.of(lib.get("child"));
        double heelTop = child.legNear()[2][1] + Body.SHIN_WIDTH / 2;
        double seat = child.hip()[1] - Body.TORSO_WIDTH / 2;
        assertTrue(seat - heelTop > 5, "the bottom is not sitting on the heels: gap " + (seat - heelTop));
        assertTrue(wayBack("child") > 0.55 && wayBack("child") < 0.8, "child's pose: " + wayBack("child"));
        double part = wayBack("child-partial");
        assertTrue(part > 0.25 && part < 0.55 && part < 0.7 * wayBack("child"), "part way: " + part);
        assertTrue(Skeleton.of(lib.get("child-partial")).head()[1] > child.head()[1] + 10,
                "part way, the head stays well up");
    }

    @Test
    void thePartWayCatAndTheSmallKneeRollsDoLess() {
        assertTrue(lib.get("cat-partial").bend() <= lib.get("cat").bend() / 2, "the back rounds half as much or less");
        assertTrue(lib.get("cat-partial").neck() > lib.get("cat").neck() + 15, "and the head drops less");
        double full = sideways(Skeleton.of(lib.get("rolls-side")));
        double small = sideways(Skeleton.of(lib.get("rolls-small")));
        assertTrue(small > 5 && small < 0.6 * full, "the knees roll a short way: " + small + " of " + full);
        assertTrue(lib.get("fours-tilt").bend() > 0 && lib.get("fours-tilt").bend() < lib.get("cat-partial").bend(),
                "the pelvic tilt on all fours is a small rounding, smaller than the part-way cat");
    }

    /** How far the knees have moved sideways from the middle position (seen from above). */
    private static double sideways(Skeleton s) {
        Skeleton middle = Skeleton.of(lib.get("rolls-middle"));
        return Math.abs(s.legNear()[1][1] - middle.legNear()[1][1]);
    }
}
