package org.backspasm.ui.stretch.figure;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The poses the figure can take, read from assets/stretch/poses.json and checked field by field. */
public final class PoseLibrary {
    public static final String RESOURCE = "/org/backspasm/assets/stretch/poses.json";
    private static final Gson GSON = new Gson();

    private final Map<String, Pose> poses;

    private PoseLibrary(Map<String, Pose> poses) {
        this.poses = Map.copyOf(poses);
    }

    /** The shipped poses. */
    public static PoseLibrary load() throws IOException {
        try (InputStream in = PoseLibrary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("poses.json is missing from the app");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    public static PoseLibrary parse(String json) throws IOException {
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (JsonParseException e) {
            throw new IOException("poses.json: not valid JSON (" + e.getMessage() + ")");
        }
        if (!root.isJsonObject() || !root.getAsJsonObject().has("poses")
                || !root.getAsJsonObject().get("poses").isJsonObject()) {
            throw new IOException("poses.json: poses is missing or not an object");
        }
        Map<String, Pose> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : root.getAsJsonObject().getAsJsonObject("poses").entrySet()) {
            out.put(e.getKey(), pose(e.getKey(), e.getValue()));
        }
        return new PoseLibrary(out);
    }

    private static Pose pose(String id, JsonElement e) throws IOException {
        String where = "poses.json, pose \"" + id + "\": ";
        if (!e.isJsonObject()) {
            throw new IOException(where + "must be an object");
        }
        JsonObject o = e.getAsJsonObject();
        for (String field : new String[] {"view", "hip", "armNear", "armFar", "legNear", "legFar"}) {
            if (!o.has(field)) {
                throw new IOException(where + field + " is missing");
            }
        }
        Pose p;
        try {
            p = GSON.fromJson(o, Pose.class);
        } catch (JsonParseException ex) {
            throw new IOException(where + "a field has the wrong type (" + ex.getMessage() + ")");
        }
        if (!Set.of("side", "top").contains(p.view())) {
            throw new IOException(where + "view must be side or top, not " + p.view());
        }
        size(where, "hip", p.hip(), 2);
        size(where, "armNear", p.armNear(), 2);
        size(where, "armFar", p.armFar(), 2);
        size(where, "legNear", p.legNear(), 3);
        size(where, "legFar", p.legFar(), 3);
        if (p.arrows() != null) {
            for (Pose.Arrow a : p.arrows()) {
                size(where, "arrows.from", a.from(), 2);
                size(where, "arrows.to", a.to(), 2);
            }
        }
        return p;
    }

    private static void size(String where, String field, double[] values, int n) throws IOException {
        if (values == null || values.length != n) {
            throw new IOException(where + field + " must hold " + n + " numbers");
        }
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
