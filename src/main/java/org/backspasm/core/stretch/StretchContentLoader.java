package org.backspasm.core.stretch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.backspasm.core.content.ContentCheck;
import org.backspasm.core.content.ContentException;
import org.backspasm.core.content.ContentJson;
import org.backspasm.core.content.ContentTexts;
import org.backspasm.core.content.LocalText;
import org.backspasm.core.content.SourceRegistry;
import org.backspasm.core.stretch.StretchFiles.RawDose;
import org.backspasm.core.stretch.StretchFiles.RawRoutine;
import org.backspasm.core.stretch.StretchFiles.RawStretch;

/**
 * Binds the stretch and routine files into records and checks them with {@link ContentCheck}: every problem names
 * the file, the JSON path and the reason ("stretches.json, at $.stretches[3].dose.reps: must be ...").
 * The JSON names each text by its key; the texts are in {@code stretches.en.properties},
 * {@code stretches.es.properties} and the same for routines, checked by {@link ContentTexts} (a key missing in a
 * language, an extra key, or a text nothing uses is a problem naming the file, the key and the language).
 */
public final class StretchContentLoader {
    public static final String STRETCHES_FILE = "stretches.json";
    public static final String ROUTINES_FILE = "routines.json";
    static final int MAX_HOLD_SECONDS = 900;
    static final int MAX_REPS = 50;

    private final Predicate<String> knownPose;
    private final SourceRegistry registry;

    /**
     * @param knownPose tells whether an illustration exists for a pose id
     * @param registry  the sources the files may cite
     */
    public StretchContentLoader(Predicate<String> knownPose, SourceRegistry registry) {
        this.knownPose = knownPose;
        this.registry = registry;
    }

    /** The files the app ships with. */
    public StretchContent loadDefault() throws ContentException {
        return load(ContentJson.resource(STRETCHES_FILE), ContentJson.resource(ROUTINES_FILE));
    }

    /** These structure files with the shipped text files (tests change the structure). */
    public StretchContent load(String stretchesJson, String routinesJson) throws ContentException {
        return load(stretchesJson, routinesJson, ContentTexts.load(STRETCHES_FILE), ContentTexts.load(ROUTINES_FILE));
    }

    public StretchContent load(String stretchesJson, String routinesJson, ContentTexts stretchTexts,
            ContentTexts routineTexts) throws ContentException {
        ContentCheck top = ContentCheck.of(STRETCHES_FILE);
        StretchFiles.Stretches file = ContentJson.bind(STRETCHES_FILE, stretchesJson, StretchFiles.Stretches.class);
        StretchFiles.General general = top.object("general", file.general());
        ContentCheck g = top.at("general");
        List<LocalText> advice = stretchTexts.texts(g, "advice", general.advice(), false);
        List<String> generalSources = g.sources("sources", general.sources(), registry);
        List<RawStretch> list = top.list("stretches", file.stretches(), false);
        List<Stretch> stretches = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            ContentCheck c = top.at("stretches").at(i);
            Stretch s = stretch(c, list.get(i), stretchTexts);
            if (!ids.add(s.id())) {
                throw c.at("id").fail("is used twice: " + s.id());
            }
            stretches.add(s);
        }
        for (int i = 0; i < stretches.size(); i++) {
            List<Gate> gates = stretches.get(i).gates();
            for (int k = 0; k < gates.size(); k++) {
                Gate gate = gates.get(k);
                if (gate.effect() == Gate.Effect.REPLACE && !ids.contains(gate.replaceWith())) {
                    throw top.at("stretches").at(i).at("gates").at(k).at("replaceWith")
                            .fail("is not a stretch in " + STRETCHES_FILE + ": " + gate.replaceWith());
                }
            }
        }
        List<Routine> routines = routines(routinesJson, ids, routineTexts);
        stretchTexts.checkAllUsed();
        routineTexts.checkAllUsed();
        return new StretchContent(stretches, routines, advice, generalSources);
    }

    private Stretch stretch(ContentCheck c, RawStretch raw, ContentTexts texts) throws ContentException {
        String id = c.text("id", raw.id());
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw c.at("id").fail("must be lower-case letters, digits and dashes, not " + id);
        }
        StretchFiles.Start start = c.object("start", raw.start());
        LocalText startText = texts.text(c.at("start"), "text", start.text());
        String startPose = pose(c.at("start"), "pose", start.pose());
        Dose dose = dose(c.at("dose"), c.object("dose", raw.dose()));
        List<StretchFiles.RawStep> rawSteps = c.list("steps", raw.steps(), false);
        List<StretchStep> steps = new ArrayList<>();
        boolean anyHold = false;
        for (int i = 0; i < rawSteps.size(); i++) {
            ContentCheck s = c.at("steps").at(i);
            StretchFiles.RawStep step = rawSteps.get(i);
            StretchStep.StepKind kind = s.choice("kind", step.kind(), StretchStep.StepKind.class);
            anyHold |= kind == StretchStep.StepKind.HOLD;
            int seconds = kind == StretchStep.StepKind.MOVE
                    ? s.optionalNumber("seconds", step.seconds(), 1, 30, StretchStep.DEFAULT_MOVE_SECONDS) : 0;
            String loop = step.loopPose() == null ? "" : pose(s, "loopPose", step.loopPose());
            steps.add(new StretchStep(texts.text(s, "text", step.text()), pose(s, "pose", step.pose()), kind, seconds,
                    loop));
        }
        c.at("steps").require(anyHold, "must have at least one HOLD step");
        List<StretchFiles.RawGate> rawGates = c.list("gates", raw.gates(), true);
        List<Gate> gates = new ArrayList<>();
        for (int i = 0; i < rawGates.size(); i++) {
            ContentCheck gc = c.at("gates").at(i);
            StretchFiles.RawGate gate = rawGates.get(i);
            Gate.Effect effect = gc.choice("effect", gate.effect(), Gate.Effect.class);
            String with = effect == Gate.Effect.REPLACE ? gc.text("replaceWith", gate.replaceWith()) : "";
            gates.add(new Gate(gc.choice("caution", gate.caution(), Caution.class), effect,
                    texts.text(gc, "reason", gate.reason()), with));
        }
        return new Stretch(id, texts.text(c, "name", raw.name()), texts.text(c, "line", raw.line()),
                texts.text(c, "purpose", raw.purpose()), startText, startPose, steps, dose,
                texts.texts(c, "cautions", raw.cautions(), true), texts.texts(c, "stopIf", raw.stopIf(), false), gates,
                c.sources("sources", raw.sources(), registry));
    }

    private String pose(ContentCheck c, String field, String value) throws ContentException {
        String pose = c.text(field, value);
        if (!knownPose.test(pose)) {
            throw c.at(field).fail("names a pose that has no illustration: " + pose);
        }
        return pose;
    }

    private static Dose dose(ContentCheck d, RawDose raw) throws ContentException {
        int hold = d.optionalNumber("holdSeconds", raw.holdSeconds(), 1, MAX_HOLD_SECONDS, 0);
        int breaths = d.optionalNumber("breaths", raw.breaths(), 1, 10, 0);
        if ((hold == 0) == (breaths == 0)) {
            throw d.at("holdSeconds").fail("or breaths must be given, and not both");
        }
        int min = d.number("minReps", raw.minReps(), 1, MAX_REPS);
        int max = d.number("maxReps", raw.maxReps(), min, MAX_REPS);
        int reps = d.number("reps", raw.reps(), min, max);
        int step = d.optionalNumber("repStep", raw.repStep(), 0, 2, 1);
        return new Dose(hold, breaths, reps, min, max, step, d.choice("sides", raw.sides(), Sides.class),
                d.optionalNumber("restSeconds", raw.restSeconds(), 0, 120, 0));
    }

    private List<Routine> routines(String json, Set<String> stretchIds, ContentTexts texts) throws ContentException {
        ContentCheck top = ContentCheck.of(ROUTINES_FILE);
        StretchFiles.Routines file = ContentJson.bind(ROUTINES_FILE, json, StretchFiles.Routines.class);
        List<RawRoutine> list = top.list("routines", file.routines(), false);
        List<Routine> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            ContentCheck c = top.at("routines").at(i);
            RawRoutine raw = list.get(i);
            String id = c.text("id", raw.id());
            if (!ids.add(id)) {
                throw c.at("id").fail("is used twice: " + id);
            }
            List<String> stretches = c.texts("stretches", raw.stretches(), false);
            for (int k = 0; k < stretches.size(); k++) {
                if (!stretchIds.contains(stretches.get(k))) {
                    throw c.at("stretches").at(k).fail("is not a stretch in " + STRETCHES_FILE + ": "
                            + stretches.get(k));
                }
            }
            out.add(new Routine(id, texts.text(c, "name", raw.name()), texts.text(c, "summary", raw.summary()),
                    texts.text(c, "howOften", raw.howOften()), stretches, c.sources("sources", raw.sources(), registry)));
        }
        return out;
    }
}
