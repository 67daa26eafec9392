package org.backspasm.core.warningsigns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backspasm.core.content.ContentException;
import org.backspasm.core.content.ContentJson;
import org.backspasm.core.content.ContentTexts;
import org.backspasm.core.content.SourceRegistry;

/** Every warning-sign question in the order of the file. Validated when built. */
public final class SignCatalog {

    private final List<WarningSign> signs;
    private final Map<String, WarningSign> byId = new LinkedHashMap<>();
    private final SourceRegistry sources;

    SignCatalog(List<WarningSign> signs, SourceRegistry sources) {
        this.signs = List.copyOf(signs);
        this.sources = sources;
        for (WarningSign s : signs) {
            byId.put(s.id(), s);
        }
    }

    /** The catalog the app ships with, its sources checked against the shipped registry. */
    public static SignCatalog loadDefault() throws ContentException {
        return loadDefault(SourceRegistry.loadDefault());
    }

    public static SignCatalog loadDefault(SourceRegistry registry) throws ContentException {
        return SignCatalogParser.parse(ContentJson.resource(SignCatalogParser.FILE), registry,
                ContentTexts.load(SignCatalogParser.FILE));
    }

    public List<WarningSign> signs() {
        return signs;
    }

    public Optional<WarningSign> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public WarningSign sign(String id) {
        WarningSign s = byId.get(id);
        if (s == null) {
            throw new IllegalArgumentException("No warning sign with id " + id);
        }
        return s;
    }

    /** The registry the signs' sources were checked against. */
    public SourceRegistry sources() {
        return sources;
    }

    /** The follow-ups asked after a yes (or not sure) to this sign, in file order. */
    public List<WarningSign> followUpsOf(String id) {
        List<WarningSign> out = new ArrayList<>();
        for (WarningSign s : signs) {
            if (s.askIf().contains(id)) {
                out.add(s);
            }
        }
        return out;
    }
}
