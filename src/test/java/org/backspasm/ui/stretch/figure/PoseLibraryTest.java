package org.backspasm.ui.stretch.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backspasm.core.content.ContentException;
import org.junit.jupiter.api.Test;

class PoseLibraryTest {
    private static final String GOOD = """
            {"poses": {"a": {"view": "side", "hip": [0, 14], "torso": 180, "neck": 180,
              "armNear": [0, 0], "armFar": [0, 0], "legNear": [45, -70, 0], "legFar": [45, -70, 0]},
              "b": {"view": "side", "hip": [0, 30], "torso": 170, "neck": 190, "face": 90,
              "armNear": [350, 10], "armFar": [0, 0], "legNear": [15, -80, 0], "legFar": [15, -80, 0]}}}
            """;

    @Test
    void shippedPosesLoad() throws ContentException {
        PoseLibrary lib = PoseLibrary.load();
        for (String id : new String[] {"stand", "walk-a", "walk-b", "back-knees-bent", "pelvic-tilt", "knee-chest",
                "bridge", "all-fours", "cat", "cow", "child", "rolls-middle", "rolls-side"}) {
            assertTrue(lib.has(id), id);
        }
    }

    @Test
    void brokenPosesNameThePoseAndField() {
        ContentException size = assertThrows(ContentException.class,
                () -> PoseLibrary.parse(GOOD.replace("\"legNear\": [45, -70, 0]", "\"legNear\": [45]")));
        assertEquals("poses.json, at $.poses.a.legNear: must hold 3 numbers", size.getMessage());
        ContentException view = assertThrows(ContentException.class,
                () -> PoseLibrary.parse(GOOD.replace("\"view\": \"side\", \"hip\": [0, 14]",
                        "\"view\": \"front\", \"hip\": [0, 14]")));
        assertEquals("poses.json, at $.poses.a.view: must be side or top, not front", view.getMessage());
        ContentException missing = assertThrows(ContentException.class,
                () -> PoseLibrary.parse(GOOD.replace("\"armFar\": [0, 0], \"legNear\": [45", "\"legNear\": [45")));
        assertEquals("poses.json, at $.poses.a.armFar: is missing", missing.getMessage());
    }

    @Test
    void inBetweenPosesMoveSmoothlyTheShortWayRound() throws ContentException {
        PoseLibrary lib = PoseLibrary.parse(GOOD);
        Pose half = Pose.between(lib.get("a"), lib.get("b"), 0.5);
        assertEquals(22, half.hip()[1], 1e-9);
        assertEquals(175, half.torso(), 1e-9);
        assertEquals(185, half.neck(), 1e-9);
        assertEquals(-5, half.armNear()[0], 1e-9, "from 0 to 350 degrees goes back 10, not forward 350");
        assertEquals(lib.get("b"), Pose.between(lib.get("a"), lib.get("b"), 1));
        assertTrue(half.arrows().isEmpty(), "arrows only once the pose is reached");
        assertEquals(null, Pose.between(lib.get("b"), lib.get("a"), 0.5).face(), "no nose to move toward");
        PoseLibrary shipped = PoseLibrary.load();
        for (String from : shipped.ids()) {
            for (String to : shipped.ids()) {
                Pose.between(shipped.get(from), shipped.get(to), 0.3); // every pair can be animated
            }
        }
    }
}
