package org.backspasm.core.content;

import com.google.gson.JsonElement;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks that every field in a content file is one its record knows: Gson on its own skips an unknown name, so a
 * misspelt optional field ("loopPse") would be lost without a word.
 */
final class KnownFields {
    private KnownFields() {
    }

    static void check(ContentCheck at, JsonElement json, Type type) throws ContentException {
        Class<?> raw = raw(type);
        if (json == null || json.isJsonNull()) {
            return;
        }
        if (raw.isRecord() && json.isJsonObject()) {
            List<String> names = new ArrayList<>();
            for (RecordComponent c : raw.getRecordComponents()) {
                names.add(c.getName());
            }
            for (Map.Entry<String, JsonElement> e : json.getAsJsonObject().entrySet()) {
                int i = names.indexOf(e.getKey());
                if (i < 0) {
                    throw at.at(e.getKey()).fail("is not a field here; the fields are " + String.join(", ", names));
                }
                check(at.at(e.getKey()), e.getValue(), raw.getRecordComponents()[i].getGenericType());
            }
        } else if (List.class.isAssignableFrom(raw) && json.isJsonArray() && type instanceof ParameterizedType p) {
            for (int i = 0; i < json.getAsJsonArray().size(); i++) {
                check(at.at(i), json.getAsJsonArray().get(i), p.getActualTypeArguments()[0]);
            }
        } else if (Map.class.isAssignableFrom(raw) && json.isJsonObject() && type instanceof ParameterizedType p) {
            for (Map.Entry<String, JsonElement> e : json.getAsJsonObject().entrySet()) {
                check(at.at(e.getKey()), e.getValue(), p.getActualTypeArguments()[1]);
            }
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }
}
