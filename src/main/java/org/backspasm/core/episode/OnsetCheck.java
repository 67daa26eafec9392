package org.backspasm.core.episode;

import org.backspasm.core.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The verdict on an onset the user gave: accepted, accepted as long-lasting (over 12 weeks: a message points to
 * long-term care and the warning-sign check), or refused (in the future, or more than 5 years back).
 */
public record OnsetCheck(Verdict verdict, Why why) {
    public enum Verdict { OK, CHRONIC, REFUSED }

    /** What the message says: nothing, long-lasting pain, an onset in the future, or one more than 5 years back. */
    public enum Why { NONE, CHRONIC, FUTURE, TOO_OLD }

    /** The bundle of the episode's words: {@code org/backspasm/i18n/episode.properties}. */
    public static final String BUNDLE = "episode";
    /** The source ids behind the long-lasting message ({@link #chronicMessage}). */
    public static final List<String> CHRONIC_SOURCES = List.of("ACP2017", "NICE-NG59", "NINDS");

    public OnsetCheck {
        Objects.requireNonNull(verdict, "verdict");
        why = why == null ? Why.NONE : why;
    }

    /** What to tell the user, in the locale's language ("" when nothing). */
    public String message(java.util.Locale locale) {
        Messages m = Messages.of(BUNDLE, locale);
        return switch (why) {
            case NONE -> "";
            case CHRONIC -> m.text("onset.chronic");
            case FUTURE -> m.text("onset.future");
            case TOO_OLD -> m.text("onset.tooOld");
        };
    }

    /** The message in English (logs, tests). */
    public String message() {
        return message(java.util.Locale.UK);
    }

    /** Why short spells of ice or heat are not the plan past 12 weeks, in the locale's language. */
    public static String chronicMessage(java.util.Locale locale) {
        return Messages.of(BUNDLE, locale).text("onset.chronic");
    }

    public boolean accepted() {
        return verdict != Verdict.REFUSED;
    }

    /** Checks an onset against the present, in the user's zone (for the 5-year calendar limit). */
    public static OnsetCheck of(Instant onset, Instant now, ZoneId zone) {
        if (onset.isAfter(now)) {
            return new OnsetCheck(Verdict.REFUSED, Why.FUTURE);
        }
        Instant fiveYears = ZonedDateTime.ofInstant(now, zone).minusYears(5).toInstant();
        if (onset.isBefore(fiveYears)) {
            return new OnsetCheck(Verdict.REFUSED, Why.TOO_OLD);
        }
        if (Phase.of(java.time.Duration.between(onset, now)) == Phase.CHRONIC) {
            return new OnsetCheck(Verdict.CHRONIC, Why.CHRONIC);
        }
        return new OnsetCheck(Verdict.OK, Why.NONE);
    }
}
