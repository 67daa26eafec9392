package org.backspasm.ui.stretch.figure;

/**
 * The one body every pose is drawn with: segment lengths and limb widths in pose units (about centimetres). Standing,
 * it is about 164 tall and its head about a seventh of that, as in an adult. Poses give only angles, so every pose
 * keeps these lengths; a view from above may shorten a limb that points up or down (see {@link Pose#length}), never
 * lengthen it.
 */
final class Body {
    /** Hip joint to the shoulder line. */
    static final double TORSO = 50;
    /** Shoulder line to the centre of the head. */
    static final double HEAD_OFFSET = 19;
    static final double HEAD_RADIUS = 11.5;
    static final double UPPER_ARM = 26;
    static final double FOREARM = 25;
    static final double THIGH = 40;
    static final double SHIN = 39;
    static final double FOOT = 11;
    /** Height of the ankle joint above the floor when standing. */
    static final double ANKLE_HEIGHT = 4;
    /** The arm hangs from a point this far behind the shoulder line (side view). */
    static final double ARM_ROOT_BACK = 5;

    static final double TORSO_WIDTH = 28;
    static final double UPPER_ARM_WIDTH = 10;
    static final double FOREARM_WIDTH = 8.5;
    static final double THIGH_WIDTH = 15;
    static final double SHIN_WIDTH = 11.5;
    static final double FOOT_WIDTH = 7;
    /** Seen from above: half the width between the hip joints and between the shoulder joints. */
    static final double HIP_HALF = 8;
    static final double SHOULDER_HALF = 16;

    private Body() {
    }

    /** Floor to the top of the head, standing straight. */
    static double standingHeight() {
        return ANKLE_HEIGHT + SHIN + THIGH + TORSO + HEAD_OFFSET + HEAD_RADIUS;
    }

    /** How many head heights make the standing height (about 7 for an adult). */
    static double headsTall() {
        return standingHeight() / (2 * HEAD_RADIUS);
    }
}
