package org.backspasm.core.redflag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every warning-sign question in the order of the file, and the sources they cite. Validated when built. */
public final class SignCatalog {
    public static final String RESOURCE = "/org/backspasm/content/warning-signs.json";

    private final List<WarningSign> signs;
    private final Map<String, WarningSign> byId = new LinkedHashMap<>();
    private final Map<String, String> sources;

    SignCatalog(List<WarningSign> signs, Map<String, String> sources) {
        this.signs = List.copyOf(signs);
        this.sources = Map.copyOf(sources);
        for (WarningSign s : signs) {
            byId.put(s.id(), s);
        }
    }

    /** The catalog the app ships with. */
    public static SignCatalog loadDefault() throws ContentException {
        try (InputStream in = SignCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ContentException("The warning-sign questions are missing from the app (" + RESOURCE + ").");
            }
            return SignCatalogParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ContentException("The warning-sign questions could not be read: " + e.getMessage(), e);
        }
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

    /** Source id to its title. */
    public Map<String, String> sources() {
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
