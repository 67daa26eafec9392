package org.backspasm.core.stretch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.backspasm.core.content.ContentException;
import org.backspasm.core.content.ContentTexts;
import org.backspasm.core.content.LocalText;
import org.backspasm.core.i18n.Languages;
import org.backspasm.core.content.SourceRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StretchContentLoaderTest {
    private static final String STRETCHES = StretchFixtures.resource(StretchContentLoader.STRETCHES_FILE);
    private static final String ROUTINES = StretchFixtures.resource(StretchContentLoader.ROUTINES_FILE);
    private static SourceRegistry registry;

    @BeforeAll
    static void sources() throws ContentException {
        registry = SourceRegistry.loadDefault();
    }

    private static StretchContentLoader loader() {
        return new StretchContentLoader(p -> true, registry);
    }

    /** "stretches.json, at $.stretches[3]" for the stretch with this id in the shipped file. */
    private static String at(String stretchId) {
        JsonArray list = JsonParser.parseString(STRETCHES).getAsJsonObject().getAsJsonArray("stretches");
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).getAsJsonObject().get("id").getAsString().equals(stretchId)) {
                return "stretches.json, at $.stretches[" + i + "]";
            }
        }
        throw new AssertionError("no stretch " + stretchId);
    }

    /** The problem with the shipped stretches file with one change made to the stretch with the id. */
    private static ContentException problem(String stretchId, Consumer<JsonObject> breakIt) {
        JsonObject root = JsonParser.parseString(STRETCHES).getAsJsonObject();
        for (var e : root.getAsJsonArray("stretches")) {
            if (e.getAsJsonObject().get("id").getAsString().equals(stretchId)) {
                breakIt.accept(e.getAsJsonObject());
            }
        }
        return assertThrows(ContentException.class, () -> loader().load(root.toString(), ROUTINES));
    }

    private static String message(String stretchId, Consumer<JsonObject> breakIt) {
        return problem(stretchId, breakIt).getMessage();
    }

    @Test
    void shippedContentIsValidAndComplete() throws Exception {
        StretchContent c = StretchFixtures.shipped();
        assertEquals(12, c.stretches().size());
        assertEquals(java.util.Set.of("pelvic-tilt-fours", "cat-cow-partial", "childs-pose-partial", "knee-rolls-small",
                "cat-round-flat"),
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
    void eachProblemNamesTheFileThePathAndTheReason() {
        ContentException reps = problem("cat-cow", s -> s.getAsJsonObject("dose").addProperty("reps", -1));
        assertEquals("stretches.json", reps.file());
        assertEquals(at("cat-cow").substring("stretches.json, at ".length()) + ".dose.reps", reps.path());
        assertEquals("must be a whole number from 4 to 12, not -1", reps.reason());
        assertEquals(at("cat-cow") + ".dose.reps: must be a whole number from 4 to 12, not -1", reps.getMessage());
        assertEquals(at("cat-cow") + ".name: is missing or empty", message("cat-cow", s -> s.remove("name")));
        assertEquals(at("pelvic-tilt") + ".steps: must not be empty",
                message("pelvic-tilt", s -> s.add("steps", new JsonArray())));
        assertEquals(at("pelvic-tilt") + ".steps[0].text: is missing or empty", message("pelvic-tilt",
                s -> s.getAsJsonArray("steps").get(0).getAsJsonObject().addProperty("text", " ")));
        assertEquals(at("pelvic-tilt") + ".steps[1].kind: must be one of HOLD, MOVE, not JUMP", message("pelvic-tilt",
                s -> s.getAsJsonArray("steps").get(1).getAsJsonObject().addProperty("kind", "JUMP")));
        assertEquals(at("glute-bridge") + ".dose.holdSeconds: or breaths must be given, and not both",
                message("glute-bridge", s -> s.getAsJsonObject("dose").addProperty("holdSeconds", 5)));
        assertEquals(at("glute-bridge") + ".dose.sides: must be one of NONE, LEFT_THEN_RIGHT, BOTH, not UP",
                message("glute-bridge", s -> s.getAsJsonObject("dose").addProperty("sides", "UP")));
        assertEquals(at("walk") + ".sources[0]: is not a source in sources.json: NHS",
                message("walk", s -> s.getAsJsonArray("sources").set(0, new JsonPrimitive("NHS"))));
        assertEquals(at("walk") + ".stopIf: is missing", message("walk", s -> s.remove("stopIf")));
        assertEquals(at("knee-to-chest") + ".gates[0].caution: must be one of OSTEOPOROSIS, "
                        + "KNEE_PROBLEMS, PREGNANCY, RECENT_INJURY_OR_SURGERY, not BACK", message("knee-to-chest",
                s -> s.getAsJsonArray("gates").get(0).getAsJsonObject().addProperty("caution", "BACK")));
        assertEquals(at("knee-rolls") + ".start.pose: is missing or empty",
                message("knee-rolls", s -> s.getAsJsonObject("start").remove("pose")));
        assertEquals(at("knee-rolls") + ".steps: must have at least one HOLD step",
                message("knee-rolls", s -> s.getAsJsonArray("steps").remove(0)));
    }

    @Test
    void aMisspeltFieldIsNamedNotSkipped() {
        ContentException typo = problem("walk",
                s -> s.getAsJsonArray("steps").get(0).getAsJsonObject().addProperty("loopPse", "walk-b"));
        assertEquals(at("walk").substring("stretches.json, at ".length()) + ".steps[0].loopPse", typo.path());
        assertTrue(typo.reason().startsWith("is not a field here; the fields are kind, text, pose, seconds, loopPose"),
                typo.reason());
    }

    @Test
    void valuesOfTheWrongTypeAreNamedWithTheirPath() {
        ContentException text = problem("walk", s -> s.getAsJsonObject("dose").addProperty("reps", "many"));
        assertEquals(at("walk").substring("stretches.json, at ".length()) + ".dose.reps", text.path());
        assertTrue(text.reason().contains("whole number"), text.reason());
        ContentException object = problem("walk", s -> s.add("name", new JsonArray()));
        assertEquals(at("walk").substring("stretches.json, at ".length()) + ".name", object.path());
        assertEquals(at("cat-cow") + ".gates[1].replaceWith: is not a stretch in stretches.json: cat-cow-gentle",
                message("cat-cow", s -> s.getAsJsonArray("gates").get(1).getAsJsonObject()
                        .addProperty("replaceWith", "cat-cow-gentle")));
        assertEquals(at("cat-cow") + ".gates[1].replaceWith: is missing or empty",
                message("cat-cow", s -> s.getAsJsonArray("gates").get(1).getAsJsonObject().remove("replaceWith")));
    }

    @Test
    void unknownPosesDuplicateIdsAndBadRoutinesAreNamed() {
        ContentException pose = assertThrows(ContentException.class,
                () -> new StretchContentLoader(p -> !p.equals("cat"), registry).load(STRETCHES, ROUTINES));
        assertEquals(at("cat-cow") + ".steps[0].pose: names a pose that has no illustration: cat",
                pose.getMessage());
        assertEquals(at("cat-cow") + ".id: is used twice: cat-cow", message("walk", s -> s.addProperty("id", "cat-cow")));
        String routines = ROUTINES.replace("\"glute-bridge\"", "\"plank\"");
        ContentException r = assertThrows(ContentException.class, () -> loader().load(STRETCHES, routines));
        assertEquals("routines.json", r.file());
        assertTrue(r.path().matches("\\$\\.routines\\[\\d+]\\.stretches\\[\\d+]"), r.path());
        assertEquals("is not a stretch in stretches.json: plank", r.reason());
        ContentException json = assertThrows(ContentException.class, () -> loader().load("{ not json", ROUTINES));
        assertEquals("stretches.json", json.file());
        assertTrue(json.reason().startsWith("is not valid JSON"), json.reason());
    }

    private static final String EN = StretchFixtures.resource("stretches.en.properties");
    private static final String ES = StretchFixtures.resource("stretches.es.properties");
    private static final String ROUTINES_EN = StretchFixtures.resource("routines.en.properties");
    private static final String ROUTINES_ES = StretchFixtures.resource("routines.es.properties");

    private static ContentException textProblem(String stretchesJson, String en, String es, String routinesEs) {
        return assertThrows(ContentException.class, () -> loader().load(stretchesJson, ROUTINES,
                ContentTexts.of(StretchContentLoader.STRETCHES_FILE, Map.of("en", en, "es", es)),
                ContentTexts.of(StretchContentLoader.ROUTINES_FILE, Map.of("en", ROUTINES_EN, "es", routinesEs))));
    }

    @Test
    void aTextMissingOrExtraInOneLanguageNamesTheFileTheKeyAndTheLanguage() {
        ContentException missing = textProblem(STRETCHES, EN,
                ES.replaceAll("(?m)^cat-cow\\.step\\.2=.*\\n", ""), ROUTINES_ES);
        assertEquals("stretches.es.properties", missing.file());
        assertEquals("cat-cow.step.2", missing.path());
        assertTrue(missing.reason().contains("missing in language es"), missing.reason());
        ContentException extra = textProblem(STRETCHES, EN, ES, ROUTINES_ES + "walk.extra=Sobra\n");
        assertEquals("routines.es.properties", extra.file());
        assertEquals("walk.extra", extra.path());
        assertTrue(extra.reason().contains("extra key in language es"), extra.reason());
        ContentException empty = textProblem(STRETCHES, EN, ES.replace("walk.name=Caminar suave", "walk.name= "),
                ROUTINES_ES);
        assertEquals("stretches.es.properties", empty.file());
        assertEquals("walk.name", empty.path());
    }

    @Test
    void aKeyTheJsonNamesThatIsNotThereOrATextNothingUsesIsALoadError() {
        String renamed = STRETCHES.replace("\"walk.caution.1\"", "\"walk.caution.9\"");
        ContentException unknown = textProblem(renamed, EN, ES, ROUTINES_ES);
        assertEquals("stretches.json", unknown.file());
        assertEquals(at("walk").substring("stretches.json, at ".length()) + ".cautions[1]", unknown.path());
        assertTrue(unknown.reason().contains("walk.caution.9") && unknown.reason().contains("stretches.en.properties"),
                unknown.reason());
        String dropped = STRETCHES.replace("\"walk.caution.0\", \"walk.caution.1\"", "\"walk.caution.0\"");
        ContentException unused = textProblem(dropped, EN, ES, ROUTINES_ES);
        assertEquals("stretches.en.properties", unused.file());
        assertEquals("walk.caution.1", unused.path());
        assertTrue(unused.reason().contains("not used"), unused.reason());
    }

    @Test
    void everyShippedTextIsWrittenInSpanishNotCopied() throws Exception {
        StretchContent c = StretchFixtures.shipped();
        java.util.List<LocalText> all = new java.util.ArrayList<>(c.generalAdvice());
        for (Stretch s : c.stretches()) {
            all.addAll(java.util.List.of(s.name(), s.line(), s.purpose(), s.startText()));
            s.steps().forEach(st -> all.add(st.text()));
            all.addAll(s.cautions());
            all.addAll(s.stopIf());
            s.gates().forEach(g -> all.add(g.reason()));
        }
        for (Routine r : c.routines()) {
            all.addAll(java.util.List.of(r.name(), r.summary(), r.howOften()));
        }
        Locale spanish = Languages.SPANISH;
        java.util.List<String> copied = all.stream().filter(t -> t.in(spanish).equals(t.english()))
                .map(LocalText::key).toList();
        assertEquals(java.util.List.of(), copied, "texts whose Spanish is the English");
        assertEquals("Gato-vaca", c.stretch("cat-cow").name().in(spanish));
        assertEquals("Cat-cow", c.stretch("cat-cow").name().in(Locale.UK));
    }
}
