package org.backspasm.core.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every source the app may cite, read from {@code sources.json}: id to short title, publisher, year, full citation
 * and, only where CLINICAL-FACTS gives one, a link. Content files and code cite sources by id; screens show them
 * through this registry, never as raw ids.
 */
public final class SourceRegistry {
    public static final String FILE = "sources.json";
    public static final int FORMAT_VERSION = 1;

    private final Map<String, Source> byId;

    private SourceRegistry(Map<String, Source> byId) {
        this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    }

    /** The registry the app ships with. */
    public static SourceRegistry loadDefault() throws ContentException {
        return parse(ContentJson.resource(FILE));
    }

    public static SourceRegistry parse(String json) throws ContentException {
        ContentCheck root = ContentCheck.of(FILE);
        SourcesFile file = ContentJson.bind(FILE, json, SourcesFile.class);
        root.require(file.formatVersion() != null && file.formatVersion() == FORMAT_VERSION,
                "formatVersion must be " + FORMAT_VERSION);
        List<SourcesFile.Entry> entries = root.list("sources", file.sources(), false);
        Map<String, Source> out = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            ContentCheck c = root.at("sources").at(i);
            SourcesFile.Entry e = entries.get(i);
            String id = c.text("id", e.id());
            if (!id.matches("[A-Za-z][A-Za-z0-9-]*")) {
                throw c.at("id").fail("must be letters, digits and dashes, not " + id);
            }
            if (out.containsKey(id)) {
                throw c.at("id").fail("is used twice: " + id);
            }
            String title = c.text("title", e.title());
            if (title.length() > 40 || title.contains(";")) {
                throw c.at("title").fail("must be short, 40 characters at most and without semicolons: "
                        + "titles are read in a line, separated by semicolons");
            }
            String link = c.optionalText("link", e.link());
            if (!link.isEmpty() && !link.matches("https://[^\\s]+")) {
                throw c.at("link").fail("must be a web address starting with https://, not " + link);
            }
            int year = c.optionalNumber("year", e.year(), 1900, 2100, 0);
            out.put(id, new Source(id, title, c.text("publisher", e.publisher()), year,
                    c.text("citation", e.citation()), link));
        }
        return new SourceRegistry(out);
    }

    public boolean has(String id) {
        return byId.containsKey(id);
    }

    public Source get(String id) {
        Source s = byId.get(id);
        if (s == null) {
            throw new IllegalArgumentException("No source " + id + " in " + FILE);
        }
        return s;
    }

    /** The sources for these ids, in order, each once. */
    public List<Source> all(List<String> ids) {
        List<Source> out = new ArrayList<>();
        for (String id : ids) {
            Source s = get(id.strip());
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    public Set<String> ids() {
        return byId.keySet();
    }
}
