package org.backspasm.ui.source;

import java.util.List;
import org.backspasm.core.content.Loaded;
import org.backspasm.core.content.SourceRegistry;

/**
 * Makes the "Sources:" lines of every screen from source ids: short titles people can read, a link where the
 * registry has one, the full citation in a tooltip. Built once in AppAssembly and handed to the screens.
 */
public final class SourceLines {
    private final SourceRegistry registry;

    private SourceLines(SourceRegistry registry) {
        this.registry = registry;
    }

    public static SourceLines of(SourceRegistry registry) {
        return new SourceLines(registry);
    }

    /** When the registry did not load, every line says the sources are not available instead of showing ids. */
    public static SourceLines of(Loaded<SourceRegistry> registry) {
        return new SourceLines(registry.ok() ? registry.value() : null);
    }

    public SourcesLine line(List<String> ids) {
        return new SourcesLine(registry == null ? List.of() : registry.all(ids));
    }

    public SourcesLine line(String... ids) {
        return line(List.of(ids));
    }
}
