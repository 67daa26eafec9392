package org.backspasm.ui.stretch.figure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backspasm.core.content.ContentCheck;
import org.backspasm.core.content.ContentException;
import org.backspasm.core.content.ContentJson;

/** The poses the figure can take, bound from assets/stretch/poses.json and checked by the shared content check. */
public final class PoseLibrary {
    public static final String FILE = "poses.json";
    public static final String RESOURCE = "/org/backspasm/assets/stretch/poses.json";

    private final Map<String, Pose> poses;

    private PoseLibrary(Map<String, Pose> poses) {
        this.poses = Map.copyOf(poses);
    }

    /** {@code poses.json} as Gson binds it. */
    private record PosesFile(Map<String, Pose> poses) {
    }

    /** The shipped poses. */
    public static PoseLibrary load() throws ContentException {
        return parse(ContentJson.resource(FILE, RESOURCE));
    }

    public static PoseLibrary parse(String json) throws ContentException {
        ContentCheck top = ContentCheck.of(FILE);
        Map<String, Pose> raw = top.object("poses", ContentJson.bind(FILE, json, PosesFile.class).poses());
        Map<String, Pose> out = new LinkedHashMap<>();
        for (Map.Entry<String, Pose> e : raw.entrySet()) {
            ContentCheck c = top.at("poses").at(e.getKey());
            out.put(e.getKey(), check(c, c.object(e.getKey(), e.getValue())));
        }
        return new PoseLibrary(out);
    }

    private static Pose check(ContentCheck c, Pose p) throws ContentException {
        String view = c.text("view", p.view());
        c.at("view").require(Set.of("side", "top").contains(view), "must be side or top, not " + view);
        size(c, "hip", p.hip(), 2);
        size(c, "armNear", p.armNear(), 2);
        size(c, "armFar", p.armFar(), 2);
        size(c, "legNear", p.legNear(), 3);
        size(c, "legFar", p.legFar(), 3);
        List<Pose.Arrow> arrows = c.list("arrows", p.arrows(), true);
        for (int i = 0; i < arrows.size(); i++) {
            size(c.at("arrows").at(i), "from", arrows.get(i).from(), 2);
            size(c.at("arrows").at(i), "to", arrows.get(i).to(), 2);
        }
        return p;
    }

    private static void size(ContentCheck c, String field, double[] values, int n) throws ContentException {
        if (values == null) {
            throw c.at(field).fail("is missing");
        }
        c.at(field).require(values.length == n, "must hold " + n + " numbers");
    }

    public boolean has(String id) {
        return poses.containsKey(id);
    }

    public Pose get(String id) {
        Pose p = poses.get(id);
        if (p == null) {
            throw new IllegalArgumentException("No pose " + id);
        }
        return p;
    }

    public Set<String> ids() {
        return poses.keySet();
    }
}
