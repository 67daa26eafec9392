package org.backspasm.core.warningsigns;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.backspasm.core.content.LocalText;

/**
 * A question the check asked in an earlier version, kept (in {@code warning-signs.json}, its words in every language
 * beside it) so that checks saved in the journal still read as they were answered. A question whose meaning changes
 * gets a new id, and its old id and words stay for good; a retired id is never given to a new question.
 *
 * @param id           the id saved in old records
 * @param questionText the question as the user read it then
 * @param replacedBy   the ids of the questions that ask it now (an old record's answer sits beside them)
 */
public record RetiredSign(String id, LocalText questionText, List<String> replacedBy) {
    public RetiredSign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(questionText, "question");
        replacedBy = List.copyOf(replacedBy);
    }

    /** The question in English. */
    public String question() {
        return questionText.english();
    }

    public String question(Locale locale) {
        return questionText.in(locale);
    }
}
