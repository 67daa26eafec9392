package org.backspasm.core.stretch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class StretchContentLoaderTest {
    private static final String STRETCHES = StretchFixtures.resource(StretchContentLoader.STRETCHES_FILE);
    private static final String ROUTINES = StretchFixtures.resource(StretchContentLoader.ROUTINES_FILE);

    /** The message for the shipped stretches file with one change made to the stretch with the id. */
    private static String problem(String stretchId, Consumer<JsonObject> breakIt) {
        JsonObject root = JsonParser.parseString(STRETCHES).getAsJsonObject();
        for (var e : root.getAsJsonArray("stretches")) {
            if (e.getAsJsonObject().get("id").getAsString().equals(stretchId)) {
                breakIt.accept(e.getAsJsonObject());
            }
        }
        ContentException ex = assertThrows(ContentException.class,
                () -> new StretchContentLoader(p -> true).load(root.toString(), ROUTINES));
        return ex.getMessage();
    }

    @Test
    void shippedContentIsValidAndComplete() throws Exception {
        StretchContent c = StretchFixtures.shipped();
        assertEquals(11, c.stretches().size());
        assertEquals(java.util.Set.of("pelvic-tilt-fours", "cat-cow-partial", "childs-pose-partial", "knee-rolls-small"),
                c.variantIds(), "variants written for a caution");
        assertEquals(7, c.offered().size(), "variants are not offered on their own");
        for (Stretch s : c.stretches()) {
            for (Gate g : s.gates()) {
                if (g.effect() == Gate.Effect.REPLACE) {
                    assertTrue(c.stretch(g.replaceWith()).gates().stream()
                            .noneMatch(v -> v.effect() == Gate.Effect.REPLACE), "a variant is not replaced again");
                }
            }
        }
        assertEquals(3, c.routines().size());
        for (Stretch s : c.stretches()) {
            assertFalse(s.sources().isEmpty(), s.id());
            assertFalse(s.stopIf().isEmpty(), s.id());
        }
        assertEquals(Sides.LEFT_THEN_RIGHT, c.stretch("knee-to-chest").dose().sides());
        assertEquals(Sides.BOTH, c.stretch("knee-rolls").dose().sides());
        assertEquals(30, c.stretch("glute-bridge").dose().maxReps());
    }

    @Test
    void eachBrokenFieldIsNamedWithItsStretch() {
        assertEquals("stretches.json, stretch \"cat-cow\": dose.reps must be a whole number from 4 to 12, not -1",
                problem("cat-cow", s -> s.getAsJsonObject("dose").addProperty("reps", -1)));
        assertEquals("stretches.json, stretch \"cat-cow\": name is missing or empty",
                problem("cat-cow", s -> s.remove("name")));
        assertEquals("stretches.json, stretch \"pelvic-tilt\": steps must not be empty",
                problem("pelvic-tilt", s -> s.add("steps", new JsonArray())));
        assertEquals("stretches.json, stretch \"pelvic-tilt\": steps[0].text is missing or empty",
                problem("pelvic-tilt", s -> s.getAsJsonArray("steps").get(0).getAsJsonObject().addProperty("text", " ")));
        assertEquals("stretches.json, stretch \"pelvic-tilt\": steps[1].kind must be one of HOLD, MOVE, not JUMP",
                problem("pelvic-tilt", s -> s.getAsJsonArray("steps").get(1).getAsJsonObject().addProperty("kind", "JUMP")));
        assertEquals("stretches.json, stretch \"glute-bridge\": dose.holdSeconds or breaths must be given, and not both",
                problem("glute-bridge", s -> s.getAsJsonObject("dose").addProperty("holdSeconds", 5)));
        assertEquals("stretches.json, stretch \"glute-bridge\": dose.sides must be one of NONE, LEFT_THEN_RIGHT, BOTH, not UP",
                problem("glute-bridge", s -> s.getAsJsonObject("dose").addProperty("sides", "UP")));
        assertEquals("stretches.json, stretch \"walk\": sources[0] is not a known source id: NHS",
                problem("walk", s -> s.getAsJsonArray("sources").set(0, new JsonPrimitive("NHS"))));
        assertEquals("stretches.json, stretch \"walk\": stopIf is missing or not a list",
                problem("walk", s -> s.remove("stopIf")));
        assertEquals("stretches.json, stretch \"knee-to-chest\": gates[0].caution must be one of OSTEOPOROSIS, "
                        + "KNEE_PROBLEMS, PREGNANCY, RECENT_INJURY_OR_SURGERY, not BACK",
                problem("knee-to-chest", s -> s.getAsJsonArray("gates").get(0).getAsJsonObject().addProperty("caution", "BACK")));
        assertEquals("stretches.json, stretch \"knee-rolls\": start.pose is missing or empty",
                problem("knee-rolls", s -> s.getAsJsonObject("start").remove("pose")));
        assertEquals("stretches.json, stretch \"knee-rolls\": steps must have at least one HOLD step",
                problem("knee-rolls", s -> s.getAsJsonArray("steps").remove(0)));
        assertEquals("stretches.json, stretch \"cat-cow\": a gate's replaceWith is not a stretch: cat-cow-gentle",
                problem("cat-cow", s -> s.getAsJsonArray("gates").get(1).getAsJsonObject()
                        .addProperty("replaceWith", "cat-cow-gentle")));
        assertEquals("stretches.json, stretch \"cat-cow\": gates[1].replaceWith is missing or empty",
                problem("cat-cow", s -> s.getAsJsonArray("gates").get(1).getAsJsonObject().remove("replaceWith")));
    }

    @Test
    void unknownPosesDuplicateIdsAndBadRoutinesAreNamed() {
        ContentException pose = assertThrows(ContentException.class,
                () -> new StretchContentLoader(p -> !p.equals("cat")).load(STRETCHES, ROUTINES));
        assertEquals("stretches.json, stretch \"cat-cow\": steps[0].pose names a pose that has no illustration: cat",
                pose.getMessage());
        assertTrue(problem("walk", s -> s.addProperty("id", "cat-cow")).endsWith("id is used twice"));
        String routines = ROUTINES.replace("\"glute-bridge\"", "\"plank\"");
        ContentException r = assertThrows(ContentException.class,
                () -> new StretchContentLoader(p -> true).load(STRETCHES, routines));
        assertEquals("routines.json, routine \"core-strength\": stretches[1] is not a stretch in stretches.json: plank",
                r.getMessage());
        ContentException json = assertThrows(ContentException.class,
                () -> new StretchContentLoader(p -> true).load("{ not json", ROUTINES));
        assertTrue(json.getMessage().startsWith("stretches.json: not valid JSON"));
    }
}
