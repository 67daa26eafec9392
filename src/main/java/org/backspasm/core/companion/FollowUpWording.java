package org.backspasm.core.companion;

import java.util.Locale;

/**
 * The follow-up cards' words, written from CLINICAL-FACTS 6 ("Not improving", "Reading pain ratings") and row 26
 * of section 4, each with its source ids; each card also says why it is shown, from the user's own record.
 */
final class FollowUpWording {
    private FollowUpWording() {
    }

    static FollowUpCard oneWeek(String why) {
        return new FollowUpCard(FollowUpKind.ONE_WEEK, "Not better after a week: book an appointment", why,
                Sourced.of("When back pain is not getting better after a week of looking after it at home, book an "
                        + "appointment with a doctor or physiotherapist. The record of your ratings and sessions "
                        + "may help them.", "CSP", "NHS-INFORM", "MAYO-BP"));
    }

    static FollowUpCard ask(long day) {
        return new FollowUpCard(FollowUpKind.ASK_PROGRESS, "Compared with the start, is your back…?",
                "It is day " + day + " of this episode, and there are no pain ratings from both the first days and "
                        + "the last 3 days to compare. Your answer tells the app whether to suggest an appointment.",
                Sourced.of("If back pain is not getting better after a week of home care, it is worth booking an "
                        + "appointment.", "CSP", "NHS-INFORM", "MAYO-BP"));
    }

    static FollowUpCard sixWeeks(String why) {
        return new FollowUpCard(FollowUpKind.SIX_WEEKS, "Still there after 6 weeks: book a doctor or physiotherapist",
                why, Sourced.of("Back pain that is still there after 6 weeks, or that stops you doing everyday "
                        + "things, is worth an appointment with a doctor or physiotherapist.",
                        "CSP", "NHS-INFORM", "MAYO-BP", "NHS-BACK"));
    }

    static FollowUpCard twelveWeeks(String why) {
        return new FollowUpCard(FollowUpKind.TWELVE_WEEKS, "Over 12 weeks: ask for a longer-term plan", why,
                Sourced.of("After 12 weeks, back pain counts as long-lasting. The route now is a plan led by a "
                        + "doctor or physiotherapist: an exercise programme, sometimes combined with support for "
                        + "coping with the pain (a physical and psychological programme).", "NICE-NG59", "ACP2017"));
    }

    static String notFallen(long day, RatingTrend t) {
        return "It is day " + day + " of this episode. Your pain in the last 3 days (" + score(t.lately())
                + " out of 10) has not fallen by about 2 points or 30 % from the first days (" + score(t.firstDays())
                + " out of 10).";
    }

    static String answered(long day, org.backspasm.core.journal.Progress p) {
        return "It is day " + day + " of this episode, and you said your back is " + p.label()
                + " compared with the start.";
    }

    static String stillOpen(long day) {
        return "It is day " + day + " of this episode and it is still open: you have not told the app your back "
                + "is better.";
    }

    static String stillRated(long day, int score, String when) {
        return "It is day " + day + " of this episode, and you last rated your pain " + score + " out of 10 ("
                + when + ").";
    }

    /** A median as people read it: "6" or "6.5". */
    static String score(double v) {
        return v == Math.rint(v) ? Long.toString(Math.round(v)) : String.format(Locale.ROOT, "%.1f", v);
    }
}
