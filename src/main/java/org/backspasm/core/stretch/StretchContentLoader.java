package org.backspasm.core.stretch;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads and validates the stretch and routine files. Every problem is reported as
 * "stretches.json, stretch "cat-cow": dose.reps must be ..." so a broken file can be fixed at once.
 */
public final class StretchContentLoader {
    public static final String STRETCHES_FILE = "stretches.json";
    public static final String ROUTINES_FILE = "routines.json";
    static final int MAX_HOLD_SECONDS = 900;
    static final int MAX_REPS = 50;

    private final Predicate<String> knownPose;

    /** @param knownPose tells whether an illustration exists for a pose id */
    public StretchContentLoader(Predicate<String> knownPose) {
        this.knownPose = knownPose;
    }

    public StretchContent load(String stretchesJson, String routinesJson) throws ContentException {
        JsonObject root = parse(STRETCHES_FILE, stretchesJson);
        JsonFields top = new JsonFields(root, STRETCHES_FILE, "");
        JsonFields general = top.child("general");
        List<String> advice = general.texts("advice", false);
        List<String> generalSources = general.sources("sources");
        JsonArray list = top.array("stretches", false);
        List<Stretch> stretches = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Stretch s = stretch(list.get(i), i);
            if (!ids.add(s.id())) {
                throw new ContentException(STRETCHES_FILE + ", stretch \"" + s.id() + "\": id is used twice");
            }
            stretches.add(s);
        }
        for (Stretch s : stretches) {
            for (Gate g : s.gates()) {
                if (g.effect() == Gate.Effect.REPLACE && !ids.contains(g.replaceWith())) {
                    throw new ContentException(STRETCHES_FILE + ", stretch \"" + s.id() + "\": a gate's replaceWith "
                            + "is not a stretch: " + g.replaceWith());
                }
            }
        }
        List<Routine> routines = routines(routinesJson, ids);
        return new StretchContent(stretches, routines, advice, generalSources);
    }

    private static JsonObject parse(String file, String text) throws ContentException {
        try {
            JsonElement e = JsonParser.parseString(text);
            if (!e.isJsonObject()) {
                throw new ContentException(file + ": the file must hold a JSON object");
            }
            return e.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new ContentException(file + ": not valid JSON (" + e.getMessage() + ")");
        }
    }

    private Stretch stretch(JsonElement e, int index) throws ContentException {
        String where = STRETCHES_FILE + ", stretch " + (index + 1);
        if (e.isJsonObject() && e.getAsJsonObject().has("id") && e.getAsJsonObject().get("id").isJsonPrimitive()) {
            where = STRETCHES_FILE + ", stretch \"" + e.getAsJsonObject().get("id").getAsString() + "\"";
        }
        JsonFields f = JsonFields.of(e, where, "stretch");
        String id = f.text("id");
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw f.fail("id", "must be lower-case letters, digits and dashes, not " + id);
        }
        JsonFields start = f.child("start");
        String startText = start.text("text");
        String startPose = pose(start, "pose");
        Dose dose = dose(f.child("dose"));
        JsonArray stepList = f.array("steps", false);
        List<StretchStep> steps = new ArrayList<>();
        boolean anyHold = false;
        for (int i = 0; i < stepList.size(); i++) {
            JsonFields s = f.element(stepList, i, "steps");
            StretchStep.Kind kind = s.choice("kind", StretchStep.Kind.class);
            anyHold |= kind == StretchStep.Kind.HOLD;
            int seconds = kind == StretchStep.Kind.MOVE
                    ? s.optionalNumber("seconds", 1, 30, StretchStep.DEFAULT_MOVE_SECONDS) : 0;
            String loop = s.has("loopPose") ? pose(s, "loopPose") : "";
            steps.add(new StretchStep(s.text("text"), pose(s, "pose"), kind, seconds, loop));
        }
        if (!anyHold) {
            throw f.fail("steps", "must have at least one HOLD step");
        }
        List<Gate> gates = new ArrayList<>();
        if (f.has("gates")) {
            JsonArray g = f.array("gates", true);
            for (int i = 0; i < g.size(); i++) {
                JsonFields gf = f.element(g, i, "gates");
                Gate.Effect effect = gf.choice("effect", Gate.Effect.class);
                String with = effect == Gate.Effect.REPLACE ? gf.text("replaceWith") : "";
                gates.add(new Gate(gf.choice("caution", Caution.class), effect, gf.text("reason"), with));
            }
        }
        return new Stretch(id, f.text("name"), f.text("line"), f.text("purpose"), startText, startPose, steps, dose,
                f.texts("cautions", true), f.texts("stopIf", false), gates, f.sources("sources"),
                f.optionalText("unverified"));
    }

    private String pose(JsonFields f, String field) throws ContentException {
        String pose = f.text(field);
        if (!knownPose.test(pose)) {
            throw f.fail(field, "names a pose that has no illustration: " + pose);
        }
        return pose;
    }

    private static Dose dose(JsonFields d) throws ContentException {
        int hold = d.optionalNumber("holdSeconds", 1, MAX_HOLD_SECONDS, 0);
        int breaths = d.optionalNumber("breaths", 1, 10, 0);
        if ((hold == 0) == (breaths == 0)) {
            throw d.fail("holdSeconds", "or breaths must be given, and not both");
        }
        int min = d.number("minReps", 1, MAX_REPS);
        int max = d.number("maxReps", min, MAX_REPS);
        int reps = d.number("reps", min, max);
        int step = d.optionalNumber("repStep", 0, 2, 1);
        return new Dose(hold, breaths, reps, min, max, step, d.choice("sides", Sides.class),
                d.optionalNumber("restSeconds", 0, 120, 0));
    }

    private static List<Routine> routines(String json, Set<String> stretchIds) throws ContentException {
        JsonFields top = new JsonFields(parse(ROUTINES_FILE, json), ROUTINES_FILE, "");
        JsonArray list = top.array("routines", false);
        List<Routine> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonElement e = list.get(i);
            String where = ROUTINES_FILE + ", routine " + (i + 1);
            if (e.isJsonObject() && e.getAsJsonObject().has("id") && e.getAsJsonObject().get("id").isJsonPrimitive()) {
                where = ROUTINES_FILE + ", routine \"" + e.getAsJsonObject().get("id").getAsString() + "\"";
            }
            JsonFields f = JsonFields.of(e, where, "routine");
            String id = f.text("id");
            if (!ids.add(id)) {
                throw f.fail("id", "is used twice");
            }
            List<String> stretches = f.texts("stretches", false);
            for (int k = 0; k < stretches.size(); k++) {
                if (!stretchIds.contains(stretches.get(k))) {
                    throw f.fail("stretches[" + k + "]", "is not a stretch in " + STRETCHES_FILE + ": "
                            + stretches.get(k));
                }
            }
            out.add(new Routine(id, f.text("name"), f.text("summary"), f.text("howOften"), stretches,
                    f.sources("sources"), f.optionalText("unverified")));
        }
        return out;
    }
}
