package org.backspasm.core.content;

import java.util.List;

/** {@code sources.json} as Gson binds it, before {@link SourceRegistry} checks it. */
record SourcesFile(Integer formatVersion, String about, List<Entry> sources) {
    record Entry(String id, String title, String publisher, Integer year, String citation, String link) {
    }
}
