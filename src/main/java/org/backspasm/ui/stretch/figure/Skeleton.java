package org.backspasm.ui.stretch.figure;

/**
 * Where the joints of the {@link Body} fall for a pose (forward kinematics). Pure geometry in pose units (y up);
 * {@link FigureView} turns it into shapes.
 */
record Skeleton(
        Pose pose,
        double[] hip,
        double[] shoulder,
        double[] spineControl,
        double[] head,
        double[][] armNear,
        double[][] armFar,
        double[][] legNear,
        double[][] legFar) {

    static Skeleton of(Pose p) {
        double[] hip = p.hip();
        double[] shoulder = at(hip, p.torso(), Body.TORSO);
        double[] mid = {(hip[0] + shoulder[0]) / 2, (hip[1] + shoulder[1]) / 2};
        double[] control = at(mid, p.torso() + 90, 2 * p.bend());
        double[] head = at(shoulder, p.neck(), Body.HEAD_OFFSET);
        if (p.topView()) {
            double[] back = at(shoulder, p.torso() + 180, 4);
            return new Skeleton(p, hip, shoulder, control, head,
                    arm(at(back, p.torso() - 90, Body.SHOULDER_HALF), p.armNear(), p, ""),
                    arm(at(back, p.torso() + 90, Body.SHOULDER_HALF), p.armFar(), p, "Far"),
                    leg(at(hip, p.torso() - 90, Body.HIP_HALF), p.legNear(), p, ""),
                    leg(at(hip, p.torso() + 90, Body.HIP_HALF), p.legFar(), p, "Far"));
        }
        double[] armRoot = at(shoulder, p.torso() + 180, Body.ARM_ROOT_BACK);
        return new Skeleton(p, hip, shoulder, control, head,
                arm(armRoot, p.armNear(), p, ""), arm(armRoot, p.armFar(), p, ""),
                leg(hip, p.legNear(), p, ""), leg(hip, p.legFar(), p, "Far"));
    }

    private static double[][] arm(double[] root, double[] a, Pose p, String suffix) {
        double[] elbow = at(root, a[0], Body.UPPER_ARM * p.length("upperArm" + suffix));
        double[] wrist = at(elbow, a[1], Body.FOREARM * p.length("forearm" + suffix));
        return new double[][] {root, elbow, wrist};
    }

    private static double[][] leg(double[] root, double[] a, Pose p, String suffix) {
        double[] knee = at(root, a[0], Body.THIGH * p.length("thigh" + suffix));
        double[] ankle = at(knee, a[1], Body.SHIN * p.length("shin" + suffix));
        double[] toe = at(ankle, a[2], Body.FOOT * p.length("foot" + suffix));
        return new double[][] {root, knee, ankle, toe};
    }

    static double[] at(double[] from, double degrees, double length) {
        double r = Math.toRadians(degrees);
        return new double[] {from[0] + Math.cos(r) * length, from[1] + Math.sin(r) * length};
    }

    /** The area the body covers: minX, minY, maxX, maxY (limb thickness included). */
    double[] bounds() {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        include(b, hip, Body.TORSO_WIDTH / 2);
        include(b, shoulder, Body.TORSO_WIDTH / 2 + (pose.topView() ? Body.SHOULDER_HALF / 2 : 0));
        include(b, head, Body.HEAD_RADIUS);
        for (double[][] chain : new double[][][] {armNear, armFar, legNear, legFar}) {
            for (double[] pt : chain) {
                include(b, pt, Body.THIGH_WIDTH / 2);
            }
        }
        if (pose.arrows() != null) {
            for (Pose.Arrow a : pose.arrows()) {
                include(b, a.from(), 4);
                include(b, a.to(), 4);
            }
        }
        return b;
    }

    private static void include(double[] b, double[] p, double r) {
        b[0] = Math.min(b[0], p[0] - r);
        b[1] = Math.min(b[1], p[1] - r);
        b[2] = Math.max(b[2], p[0] + r);
        b[3] = Math.max(b[3], p[1] + r);
    }
}
