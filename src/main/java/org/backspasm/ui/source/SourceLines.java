package org.backspasm.ui.source;

import java.util.List;
import java.util.Locale;
import org.backspasm.ui.text.Lang;
import org.backspasm.core.content.Loaded;
import org.backspasm.core.content.SourceRegistry;

/**
 * Makes the "Sources:" lines of every screen from source ids: short titles people can read, a link where the
 * registry has one, the full citation in a tooltip. Built once in AppAssembly and handed to the screens.
 */
public final class SourceLines {
    private final SourceRegistry registry;
    private final Lang lang;

    private SourceLines(SourceRegistry registry, Lang lang) {
        this.registry = registry;
        this.lang = lang;
    }

    /** Lines in English (tests of one part). */
    public static SourceLines of(SourceRegistry registry) {
        return new SourceLines(registry, new Lang(Locale.UK));
    }

    /** When the registry did not load, every line says the sources are not available instead of showing ids. */
    public static SourceLines of(Loaded<SourceRegistry> registry) {
        return of(registry, new Lang(Locale.UK));
    }

    /** Lines in the window's language (the source titles stay in their own). */
    public static SourceLines of(Loaded<SourceRegistry> registry, Lang lang) {
        return new SourceLines(registry.ok() ? registry.value() : null, lang);
    }

    public SourcesLine line(List<String> ids) {
        return new SourcesLine(registry == null ? List.of() : registry.all(ids), lang.texts("common"));
    }

    public SourcesLine line(String... ids) {
        return line(List.of(ids));
    }
}
