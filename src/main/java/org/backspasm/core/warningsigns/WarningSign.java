package org.backspasm.core.warningsigns;

import java.util.List;
import java.util.Locale;
import org.backspasm.core.content.LocalText;
import java.util.Objects;

/**
 * One question of the warning-sign check, as loaded from {@code warning-signs.json}.
 *
 * @param id         stable id, used in the journal
 * @param table      the row of CLINICAL-FACTS section 4 it comes from (1 to 28; a row may give two questions)
 * @param level      what a yes means; NONE for a context question that raises nothing on its own
 * @param labelText  the sign in a few plain words, as listed in a result (in every language)
 * @param questionText the question as the user reads it
 * @param helpText   "what this means", or empty
 * @param doesNotCountText what does not count (an ordinary spasm does it), shown under the question, or empty
 * @param askIf      asked only after a yes or "not sure" to one of these (a follow-up); empty = always asked
 * @param countsIf   counts only together with a yes or "not sure" to one of these; empty = counts alone
 * @param escalations higher levels reached together with other signs
 * @param resultNoteText a line shown beside the sign in a result (e.g. who to book with), or empty
 * @param showsEpisodeAge the question is shown with how long ago the current episode began (from the journal)
 * @param askedFirst  asked on the first page, with the emergency questions, whatever its own level (its follow-ups
 *                   include emergency signs: pregnancy)
 * @param sources    source ids
 */
public record WarningSign(
        String id,
        int table,
        Level level,
        LocalText labelText,
        LocalText questionText,
        LocalText helpText,
        LocalText doesNotCountText,
        List<String> askIf,
        List<String> countsIf,
        List<Escalation> escalations,
        LocalText resultNoteText,
        boolean showsEpisodeAge,
        boolean askedFirst,
        List<String> sources) {

    public WarningSign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(labelText, "label");
        Objects.requireNonNull(questionText, "question");
        helpText = helpText == null ? LocalText.NONE : helpText;
        doesNotCountText = doesNotCountText == null ? LocalText.NONE : doesNotCountText;
        resultNoteText = resultNoteText == null ? LocalText.NONE : resultNoteText;
        askIf = List.copyOf(askIf);
        countsIf = List.copyOf(countsIf);
        escalations = List.copyOf(escalations);
        sources = List.copyOf(sources);
    }

    /** The texts in English (the app writes them in the user's language with the forms taking a locale). */
    public String label() {
        return labelText.english();
    }

    public String question() {
        return questionText.english();
    }

    public String help() {
        return helpText.english();
    }

    public String doesNotCount() {
        return doesNotCountText.english();
    }

    public String resultNote() {
        return resultNoteText.english();
    }

    public String label(Locale locale) {
        return labelText.in(locale);
    }

    public String question(Locale locale) {
        return questionText.in(locale);
    }

    public String help(Locale locale) {
        return helpText.in(locale);
    }

    public String doesNotCount(Locale locale) {
        return doesNotCountText.in(locale);
    }

    public String resultNote(Locale locale) {
        return resultNoteText.in(locale);
    }

    public boolean isFollowUp() {
        return !askIf.isEmpty();
    }

    /** A context question (level NONE) only gives meaning to another sign. */
    public boolean isContext() {
        return level == Level.NONE;
    }

    /** The group of pages the question is asked in: the emergency page when asked first, else its own level. */
    public Level pageGroup() {
        return askedFirst ? Level.EMERGENCY : level;
    }

    /** The highest level this sign can lead to on its own or with others. */
    public Level highestLevel() {
        Level l = level;
        for (Escalation e : escalations) {
            l = Level.max(l, e.level());
        }
        return l;
    }
}
