package org.backspasm.ui.stretch.figure;

import java.util.List;
import java.util.Map;

/**
 * One body position as data (assets/stretch/poses.json). Units are roughly centimetres, y points up and the floor
 * is y = 0. Angles are absolute, in degrees (0 = to the right, 90 = up). {@code view} is "side" (seen from the
 * side) or "top" (seen from above, lying on the floor; the floor is then the whole mat). {@code bend} bows the back:
 * positive to the left of the hip-to-shoulder direction. Arms are [upper arm, forearm], legs [thigh, shin, foot].
 * {@code lengths} shortens limbs seen at an angle (e.g. "thigh": 0.6). {@code face} points the nose.
 */
public record Pose(
        String view,
        String floor,
        double[] hip,
        double torso,
        double bend,
        double neck,
        Double face,
        double[] armNear,
        double[] armFar,
        double[] legNear,
        double[] legFar,
        Map<String, Double> lengths,
        List<Arrow> arrows,
        boolean pillow) {

    /** An accent arrow showing which way to move; {@code curve} bows it (left of its direction when positive). */
    public record Arrow(double[] from, double[] to, double curve) {
    }

    public boolean topView() {
        return "top".equals(view);
    }

    public double length(String part) {
        if (lengths == null) {
            return 1;
        }
        Double v = lengths.get(part);
        return v == null ? 1 : v;
    }

    /** The pose a fraction {@code t} of the way from {@code a} to {@code b}; arrows only when it has arrived. */
    public static Pose between(Pose a, Pose b, double t) {
        if (t >= 1 || a.topView() != b.topView()) {
            return b;
        }
        Map<String, Double> lengths = new java.util.HashMap<>();
        for (String part : List.of("upperArm", "forearm", "thigh", "shin", "foot", "thighFar", "shinFar", "footFar")) {
            lengths.put(part, lerp(a.length(part), b.length(part), t));
        }
        Double face = b.face();
        if (a.face() != null && b.face() != null) {
            face = angle(a.face(), b.face(), t);
        }
        return new Pose(b.view(), b.floor(), lerp(a.hip(), b.hip(), t, false), angle(a.torso(), b.torso(), t),
                lerp(a.bend(), b.bend(), t), angle(a.neck(), b.neck(), t), face,
                lerp(a.armNear(), b.armNear(), t, true), lerp(a.armFar(), b.armFar(), t, true),
                lerp(a.legNear(), b.legNear(), t, true), lerp(a.legFar(), b.legFar(), t, true), lengths, List.of(),
                b.pillow());
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }

    private static double angle(double a, double b, double t) {
        double d = ((b - a) % 360 + 540) % 360 - 180;
        return a + d * t;
    }

    private static double[] lerp(double[] a, double[] b, double t, boolean angles) {
        double[] out = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = angles ? angle(a[i], b[i], t) : lerp(a[i], b[i], t);
        }
        return out;
    }
}
