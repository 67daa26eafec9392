package org.backspasm.core.warningsigns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.backspasm.core.content.LocalText;
import org.backspasm.core.i18n.Messages;

/**
 * A sign that raised the level: the sign, the answer given, the level it counts at, and why when it is not simply
 * "yes" (e.g. "answered not sure", "after a fall"), kept as reasons so it can be said in any language.
 */
public record Finding(WarningSign sign, Answer answer, Level level, List<Reason> reasons) {
    /** The bundle of the check's own words ({@code org/backspasm/i18n/warningsigns.properties}). */
    public static final String BUNDLE = "warningsigns";

    public Finding {
        Objects.requireNonNull(sign, "sign");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(level, "level");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** Why a sign counts as it does. */
    public sealed interface Reason permits With, EvenWithout, Because, NotSure {
    }

    /** It counts together with these other signs, answered yes or not sure. */
    public record With(List<WarningSign> others) implements Reason {
    }

    /** An emergency sign that counts even without the signs it is meant to come with. */
    public record EvenWithout(List<WarningSign> needed) implements Reason {
    }

    /** Raised by an escalation, in the content's words. */
    public record Because(LocalText text) implements Reason {
    }

    /** Answered "not sure". */
    public record NotSure() implements Reason {
    }

    /** Why, in English ("answered not sure"); empty when it is simply yes. */
    public String why() {
        return why(Locale.UK);
    }

    public String why(Locale locale) {
        Messages m = Messages.of(BUNDLE, locale);
        List<String> parts = new ArrayList<>();
        for (Reason r : reasons) {
            if (r instanceof With w) {
                parts.add(m.text("why.with", labels(w.others(), m.text("why.and"), locale)));
            } else if (r instanceof EvenWithout e) {
                parts.add(m.text("why.evenWithout", labels(e.needed(), m.text("why.or"), locale)));
            } else if (r instanceof Because b) {
                parts.add(b.text().in(locale));
            } else {
                parts.add(m.text("why.notSure"));
            }
        }
        return String.join("; ", parts);
    }

    /** The sign in English, with the reason when there is one. */
    public String text() {
        return text(Locale.UK);
    }

    /** The sign in the locale's words, with the reason when there is one. */
    public String text(Locale locale) {
        String why = why(locale);
        return why.isEmpty() ? sign.label(locale) : Messages.of(BUNDLE, locale).text("finding.withWhy",
                sign.label(locale), why);
    }

    private static String labels(List<WarningSign> signs, String separator, Locale locale) {
        List<String> words = new ArrayList<>();
        signs.forEach(s -> words.add(s.label(locale).toLowerCase(locale)));
        return String.join(separator, words);
    }
}
