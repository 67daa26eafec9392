package org.backspasm.core.warningsigns;

import java.util.List;

/** {@code warning-signs.json} as Gson binds it, before {@link SignCatalogParser} checks it. */
record SignFile(Integer formatVersion, String about, List<RawSign> signs) {

    record RawSign(String id, Integer table, String level, String label, String question, String help, String doesNotCount,
            List<String> askIf, List<String> countsIf, List<RawEscalation> escalations, String resultNote,
            Boolean showsEpisodeAge, Boolean askedFirst, List<String> sources) {
    }

    record RawEscalation(String level, List<String> withAny, String because) {
    }
}
