package org.backspasm.core.companion;

import java.time.LocalDate;
import java.util.Locale;
import org.backspasm.core.i18n.Formats;
import org.backspasm.core.i18n.Messages;
import org.backspasm.core.journal.Progress;

/**
 * The follow-up cards' words (bundle {@code followup}), written from CLINICAL-FACTS 6 ("Not improving", "Reading pain
 * ratings") and row 26 of section 4, each with its source ids; each card also says why it is shown, from the user's
 * own record.
 */
public final class FollowUpWording {
    /** The bundle: {@code org/backspasm/i18n/followup.properties}. */
    public static final String BUNDLE = "followup";

    private final Messages m;
    private final Formats formats;

    FollowUpWording(Locale locale) {
        this.m = Messages.of(BUNDLE, locale);
        this.formats = Formats.of(locale);
    }

    FollowUpCard oneWeek(String why) {
        return new FollowUpCard(FollowUpKind.ONE_WEEK, m.text("oneWeek.title"), why,
                Sourced.of(m.text("oneWeek.advice"), "CSP", "NHS-INFORM", "MAYO-BP"));
    }

    FollowUpCard ask(long day) {
        return new FollowUpCard(FollowUpKind.ASK_PROGRESS, m.text("ask.title"), m.text("ask.why", day),
                Sourced.of(m.text("ask.advice"), "CSP", "NHS-INFORM", "MAYO-BP"));
    }

    FollowUpCard sixWeeks(String why) {
        return new FollowUpCard(FollowUpKind.SIX_WEEKS, m.text("sixWeeks.title"), why,
                Sourced.of(m.text("sixWeeks.advice"), "CSP", "NHS-INFORM", "MAYO-BP", "NHS-BACK"));
    }

    FollowUpCard twelveWeeks(String why) {
        return new FollowUpCard(FollowUpKind.TWELVE_WEEKS, m.text("twelveWeeks.title"), why,
                Sourced.of(m.text("twelveWeeks.advice"), "NICE-NG59", "ACP2017"));
    }

    String notFallen(long day, RatingTrend t) {
        return m.text("why.notFallen", day, score(t.lately()), score(t.firstDays()));
    }

    String answered(long day, Progress p) {
        return m.text("why.answered", day, progress(p, m));
    }

    String stillOpen(long day) {
        return m.text("why.stillOpen", day);
    }

    String stillRated(long day, int score, LocalDate when) {
        return m.text("why.stillRated", day, score, formats.date(when));
    }

    /** The answer in a sentence ("much better"), in the card's language. */
    static String progress(Progress p, Messages m) {
        return switch (p) {
            case MUCH_BETTER -> m.text("progress.muchBetter");
            case A_LITTLE_BETTER -> m.text("progress.aLittleBetter");
            case ABOUT_THE_SAME, UNKNOWN -> m.text("progress.aboutTheSame");
            case WORSE -> m.text("progress.worse");
        };
    }

    /** The answer on its button ("Much better"). */
    public static String answer(Progress p, Locale locale) {
        Messages m = Messages.of(BUNDLE, locale);
        return switch (p) {
            case MUCH_BETTER -> m.text("answer.muchBetter");
            case A_LITTLE_BETTER -> m.text("answer.aLittleBetter");
            case ABOUT_THE_SAME, UNKNOWN -> m.text("answer.aboutTheSame");
            case WORSE -> m.text("answer.worse");
        };
    }

    /** A median as people read it: "6" or "6.5" ("6,5" in Spanish). */
    String score(double v) {
        return formats.number(v, 1);
    }
}
