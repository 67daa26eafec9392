package org.backspasm.core.redflag;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code warning-signs.json} and checks every sign: required fields, known levels and sources, references to
 * other signs that exist, follow-ups that are not follow-ups of themselves, context questions that something uses.
 * A problem is reported as one plain message naming the sign and the field.
 */
public final class SignCatalogParser {
    public static final int FORMAT_VERSION = 1;

    private SignCatalogParser() {
    }

    public static SignCatalog parse(String json) throws ContentException {
        JsonObject root;
        try {
            JsonElement el = JsonParser.parseString(json);
            if (el == null || !el.isJsonObject()) {
                throw new ContentException("Warning signs: the file is not a JSON object.");
            }
            root = el.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new ContentException("Warning signs: the file is not valid JSON (" + e.getMessage() + ").", e);
        }
        JsonElement version = root.get("formatVersion");
        if (version == null || !version.isJsonPrimitive() || version.getAsInt() != FORMAT_VERSION) {
            throw new ContentException("Warning signs: field 'formatVersion' must be " + FORMAT_VERSION + ".");
        }
        Map<String, String> sources = readSources(root);
        JsonElement signsEl = root.get("signs");
        if (signsEl == null || !signsEl.isJsonArray() || signsEl.getAsJsonArray().isEmpty()) {
            throw new ContentException("Warning signs: field 'signs' must be a list with at least one sign.");
        }
        List<WarningSign> signs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonArray arr = signsEl.getAsJsonArray();
        for (int i = 0; i < arr.size(); i++) {
            WarningSign s = readSign(arr.get(i), i + 1, sources);
            if (!ids.add(s.id())) {
                throw new ContentException(where(s.id(), i + 1) + ": field 'id' is used by another sign too.");
            }
            signs.add(s);
        }
        checkReferences(signs, ids);
        return new SignCatalog(signs, sources);
    }

    private static Map<String, String> readSources(JsonObject root) throws ContentException {
        JsonElement el = root.get("sources");
        if (el == null || !el.isJsonObject()) {
            throw new ContentException("Warning signs: field 'sources' must map each source id to its title.");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : el.getAsJsonObject().entrySet()) {
            if (!e.getValue().isJsonPrimitive() || e.getValue().getAsString().isBlank()) {
                throw new ContentException("Warning signs: source '" + e.getKey() + "' has no title.");
            }
            out.put(e.getKey(), e.getValue().getAsString());
        }
        return out;
    }

    private static WarningSign readSign(JsonElement el, int position, Map<String, String> sources)
            throws ContentException {
        if (!el.isJsonObject()) {
            throw new ContentException(where(null, position) + ": it is not an object.");
        }
        JsonObject o = el.getAsJsonObject();
        String id = text(o, "id", null, position, true);
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new ContentException(where(id, position) + ": field 'id' must be lower-case words joined by '-'.");
        }
        JsonElement tableEl = o.get("table");
        int table;
        try {
            table = tableEl == null ? -1 : tableEl.getAsInt();
        } catch (RuntimeException e) {
            table = -1;
        }
        if (table < 1) {
            throw new ContentException(where(id, position) + ": field 'table' must be the row number (1 or more).");
        }
        Level level = level(o.get("level"), id, position, "level");
        List<String> src = list(o, "sources", id, position);
        if (src.isEmpty()) {
            throw new ContentException(where(id, position) + ": field 'sources' needs at least one source id.");
        }
        for (String s : src) {
            if (!sources.containsKey(s)) {
                throw new ContentException(where(id, position) + ": field 'sources' names '" + s
                        + "', which is not in the list of sources.");
            }
        }
        List<Escalation> escalations = new ArrayList<>();
        JsonElement escEl = o.get("escalations");
        if (escEl != null) {
            if (!escEl.isJsonArray()) {
                throw new ContentException(where(id, position) + ": field 'escalations' must be a list.");
            }
            for (JsonElement e : escEl.getAsJsonArray()) {
                if (!e.isJsonObject()) {
                    throw new ContentException(where(id, position) + ": field 'escalations' holds a non-object.");
                }
                JsonObject eo = e.getAsJsonObject();
                Level to = level(eo.get("level"), id, position, "escalations.level");
                if (!to.isAbove(level)) {
                    throw new ContentException(where(id, position)
                            + ": field 'escalations.level' must be higher than the sign's own level.");
                }
                List<String> with = list(eo, "withAny", id, position);
                if (with.isEmpty()) {
                    throw new ContentException(where(id, position) + ": field 'escalations.withAny' is empty.");
                }
                String because = eo.has("because") ? eo.get("because").getAsString() : "";
                escalations.add(new Escalation(to, with, because));
            }
        }
        return new WarningSign(id, table, level,
                text(o, "label", id, position, true),
                text(o, "question", id, position, true),
                text(o, "help", id, position, false),
                list(o, "askIf", id, position),
                list(o, "countsIf", id, position),
                escalations,
                text(o, "resultNote", id, position, false),
                flag(o, "showsEpisodeAge", id, position),
                src);
    }

    private static void checkReferences(List<WarningSign> signs, Set<String> ids) throws ContentException {
        Set<String> usedAsCondition = new HashSet<>();
        for (int i = 0; i < signs.size(); i++) {
            WarningSign s = signs.get(i);
            List<String> refs = new ArrayList<>(s.askIf());
            refs.addAll(s.countsIf());
            s.escalations().forEach(e -> refs.addAll(e.withAny()));
            for (String ref : refs) {
                if (!ids.contains(ref)) {
                    throw new ContentException(where(s.id(), i + 1) + ": it refers to '" + ref
                            + "', which is not a sign in the file.");
                }
                if (ref.equals(s.id())) {
                    throw new ContentException(where(s.id(), i + 1) + ": it refers to itself.");
                }
            }
            usedAsCondition.addAll(s.countsIf());
            for (String parent : s.askIf()) {
                WarningSign p = signs.stream().filter(x -> x.id().equals(parent)).findFirst().orElseThrow();
                if (p.isFollowUp()) {
                    throw new ContentException(where(s.id(), i + 1) + ": field 'askIf' names '" + parent
                            + "', which is itself a follow-up; follow-ups go one level deep.");
                }
            }
        }
        for (int i = 0; i < signs.size(); i++) {
            WarningSign s = signs.get(i);
            if (s.isContext() && !usedAsCondition.contains(s.id())) {
                throw new ContentException(where(s.id(), i + 1)
                        + ": field 'level' is NONE, but no other sign uses it in 'countsIf'.");
            }
            if (s.isContext() && !s.isFollowUp()) {
                throw new ContentException(where(s.id(), i + 1)
                        + ": field 'askIf' is needed: a context question (level NONE) is asked as a follow-up.");
            }
        }
    }

    private static String where(String id, int position) {
        return id == null
                ? "Warning sign number " + position + " in the file"
                : "Warning sign '" + id + "' (number " + position + " in the file)";
    }

    private static Level level(JsonElement el, String id, int position, String field) throws ContentException {
        if (el == null || !el.isJsonPrimitive()) {
            throw new ContentException(where(id, position) + ": field '" + field + "' is missing.");
        }
        try {
            return Level.valueOf(el.getAsString());
        } catch (IllegalArgumentException e) {
            throw new ContentException(where(id, position) + ": field '" + field + "' is '" + el.getAsString()
                    + "'; it must be EMERGENCY, URGENT, BOOK or NONE.");
        }
    }

    private static String text(JsonObject o, String field, String id, int position, boolean required)
            throws ContentException {
        JsonElement el = o.get(field);
        if (el == null || el.isJsonNull()) {
            if (required) {
                throw new ContentException(where(id, position) + ": field '" + field + "' is missing.");
            }
            return "";
        }
        if (!el.isJsonPrimitive()) {
            throw new ContentException(where(id, position) + ": field '" + field + "' must be text.");
        }
        String s = el.getAsString().strip();
        if (required && s.isEmpty()) {
            throw new ContentException(where(id, position) + ": field '" + field + "' is empty.");
        }
        return s;
    }

    private static boolean flag(JsonObject o, String field, String id, int position) throws ContentException {
        JsonElement el = o.get(field);
        if (el == null || el.isJsonNull()) {
            return false;
        }
        if (!el.isJsonPrimitive() || !el.getAsJsonPrimitive().isBoolean()) {
            throw new ContentException(where(id, position) + ": field '" + field + "' must be true or false.");
        }
        return el.getAsBoolean();
    }

    private static List<String> list(JsonObject o, String field, String id, int position) throws ContentException {
        JsonElement el = o.get(field);
        if (el == null || el.isJsonNull()) {
            return List.of();
        }
        if (!el.isJsonArray()) {
            throw new ContentException(where(id, position) + ": field '" + field + "' must be a list.");
        }
        List<String> out = new ArrayList<>();
        for (JsonElement e : el.getAsJsonArray()) {
            if (!e.isJsonPrimitive() || e.getAsString().isBlank()) {
                throw new ContentException(where(id, position) + ": field '" + field + "' holds an empty entry.");
            }
            out.add(e.getAsString());
        }
        return out;
    }
}
