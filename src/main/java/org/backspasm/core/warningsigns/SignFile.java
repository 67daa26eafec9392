package org.backspasm.core.warningsigns;

import java.util.List;

/** {@code warning-signs.json} as Gson binds it, before {@link SignCatalogParser} checks it. */
record SignFile(Integer formatVersion, String about, List<RawSign> signs, String retiredAbout,
        List<RawRetired> retired) {

    record RawSign(String id, Integer table, String level, String label, String question, String help, String doesNotCount,
            List<String> askIf, List<String> countsIf, List<RawEscalation> escalations, String resultNote,
            Boolean showsEpisodeAge, Boolean askedFirst, List<String> sources) {
    }

    record RawEscalation(String level, List<String> withAny, String because) {
    }

    /** A question of an earlier version (see {@link RetiredSign}). */
    record RawRetired(String id, String question, List<String> replacedBy) {
    }
}
